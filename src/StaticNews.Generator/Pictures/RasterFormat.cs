namespace StaticNews.Generator.Pictures;

/// <summary>The raster formats a picture may be given in, by file extension, with the libvips loader family that reads each.</summary>
/// <param name="Family">The loader family: libvips names its loaders <c>VipsForeignLoad{Family}Buffer</c> (lower-cased here).</param>
public sealed record RasterFormat(string Name, string Family)
{
    private static readonly Dictionary<string, RasterFormat> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = new("JPEG", "jpeg"),
        [".jpeg"] = new("JPEG", "jpeg"),
        [".png"] = new("PNG", "png"),
        [".webp"] = new("WebP", "webp"),
        [".gif"] = new("GIF", "gif"),
        [".tif"] = new("TIFF", "tiff"),
        [".tiff"] = new("TIFF", "tiff"),
        [".heic"] = new("HEIC", "heif"),
        [".heif"] = new("HEIC", "heif"),
        [".avif"] = new("AVIF", "heif"),
    };

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["jpeg"] = "JPEG", ["png"] = "PNG", ["webp"] = "WebP", ["gif"] = "GIF", ["tiff"] = "TIFF", ["heif"] = "HEIC/AVIF", ["svg"] = "SVG",
    };

    /// <summary>The picture formats a story may name, for messages.</summary>
    public const string Accepted = "JPEG, PNG, WebP, GIF, TIFF, AVIF or SVG";

    /// <summary>The format its extension names, or null when the file is not a raster picture StaticNews publishes.</summary>
    public static RasterFormat? Of(string path) => ByExtension.GetValueOrDefault(Path.GetExtension(path));

    /// <summary>The family of a libvips loader's name, e.g. <c>VipsForeignLoadNsgifBuffer</c> → <c>gif</c>.</summary>
    public static string FamilyOf(string loader)
    {
        var family = loader.ToLowerInvariant().Replace("vipsforeignload", "", StringComparison.Ordinal)
            .Replace("_buffer", "", StringComparison.Ordinal).Replace("buffer", "", StringComparison.Ordinal).Replace("load", "", StringComparison.Ordinal);
        return family switch { "spng" => "png", "nsgif" => "gif", _ => family };
    }

    /// <summary>A reader's name for a loader family, e.g. "PNG".</summary>
    public static string NameOf(string family) => Names.TryGetValue(family, out var name) ? name : family.ToUpperInvariant();
}
