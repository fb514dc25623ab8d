using System.Globalization;
using NetVips;
using StaticNews.Generator.Diagnostics;
using StaticNews.Model;

namespace StaticNews.Generator.Pictures;

/// <summary>
/// Turns one raster picture into its published copies with libvips: upright (the orientation tag applied to the pixels),
/// sRGB, every metadata block (EXIF, GPS, XMP, IPTC, ICC, comments) dropped, at each configured width it reaches, as WebP
/// and JPEG, plus a stripped copy in its own format for its original path. JPEG decodes shrink on load, and the
/// largest copy is decoded once and the smaller ones made from it, so a worker holds one bitmap of at most that size.
/// </summary>
public static class PictureEncoder
{
    public const int JpegQuality = 82;
    public const int WebpQuality = 78;

    /// <summary>Changes whenever the encoding changes, so the store never serves copies made the old way.</summary>
    public const string Version = "1";

    private static readonly double[] White = [255, 255, 255];

    static PictureEncoder()
    {
        // libvips' operation cache would keep decoded pictures alive between pictures: memory must stay bounded.
        Cache.Max = 0;
        // A bad picture becomes a diagnostic; libvips' own warnings about it would only clutter the build's output.
        Log.SetLogHandler("VIPS", Enums.LogLevelFlags.Warning, (_, _, _) => { });
    }

    /// <param name="relativePath">The picture's path in the input folder, for messages and for its format.</param>
    public static (EncodedPicture? Picture, PictureProblem? Problem) Encode(byte[] bytes, string relativePath, PictureSettings settings)
    {
        var format = RasterFormat.Of(relativePath) ?? throw new ArgumentException($"{relativePath} is not a raster picture.", nameof(relativePath));
        if (bytes.Length == 0)
            return Fail(Codes.EmptyImage, $"picture '{relativePath}' is an empty file (0 bytes). Copy the picture again from its original.");

        var loader = Image.FindLoadBuffer(bytes);
        if (loader is null)
            return format.Name == "HEIC"
                ? Fail(Codes.PictureUnsupported, ExportAsJpeg(relativePath))
                : Fail(Codes.PictureUnreadable, $"picture '{relativePath}' is not a readable {format.Name} file (it is corrupt or not a picture). Export it again as JPEG or PNG.");
        var family = RasterFormat.FamilyOf(loader);
        if (family != format.Family)
            return Fail(Codes.PictureFormatMismatch,
                $"picture '{relativePath}' is a {RasterFormat.NameOf(family)} file, not {format.Name} as its extension says. Rename it with the right extension or export it again as {format.Name}.");

        try
        {
            return Encode(bytes, relativePath, format, settings);
        }
        catch (VipsException ex)
        {
            if (format.Name == "HEIC") return Fail(Codes.PictureUnsupported, ExportAsJpeg(relativePath));
            return Fail(Codes.PictureUnreadable,
                $"picture '{relativePath}' could not be decoded ({Cause(ex.Message)}); it is truncated or corrupt. Export it again from the original.");
        }
    }

    private static (EncodedPicture?, PictureProblem?) Encode(byte[] bytes, string relativePath, RasterFormat format, PictureSettings settings)
    {
        int sourceWidth, sourceHeight;
        using (var header = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential))
        {
            if ((long)header.Width * header.Height > settings.MaxPixels)
                return Fail(Codes.PictureTooLarge,
                    $"picture '{relativePath}' is {header.Width} × {header.Height} pixels, more than image_max_pixels ({settings.MaxPixels}) allows; decoding it could exhaust memory. Resize it, or raise image_max_pixels in site.yml.");
            if (header.Contains("n-pages") && (int)header.Get("n-pages") > 1 && format.Name is "GIF" or "WebP")
                return Fail(Codes.PictureAnimated,
                    $"picture '{relativePath}' is an animated {format.Name}. Animations are not published: use a still picture (JPEG) or a video.");
            var upright = header.Contains("orientation") && (int)header.Get("orientation") is >= 5 and <= 8;
            (sourceWidth, sourceHeight) = upright ? (header.Height, header.Width) : (header.Width, header.Height);
        }

        var widths = WidthsFor(sourceWidth, settings.Widths);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var derivatives = new List<Derivative>();
        using var largest = Decode(bytes, widths[^1]);
        using var opaque = largest.HasAlpha() ? largest.Flatten(background: White) : largest.Copy();
        foreach (var width in widths.AsEnumerable().Reverse())
        {
            using var sized = width == largest.Width ? largest.Copy() : largest.ThumbnailImage(width, height: 100_000);
            using var flat = sized.HasAlpha() ? sized.Flatten(background: White) : sized.Copy();
            files[$"{width}.webp"] = sized.WebpsaveBuffer(q: WebpQuality, effort: 4, keep: Enums.ForeignKeep.None);
            files[$"{width}.jpg"] = flat.JpegsaveBuffer(q: JpegQuality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None);
            derivatives.Add(new Derivative($"{width}.webp", width, "image/webp"));
            derivatives.Add(new Derivative($"{width}.jpg", width, "image/jpeg"));
        }
        files[PictureFacts.CopyName] = Path.GetExtension(relativePath).ToLowerInvariant() switch
        {
            ".jpg" or ".jpeg" => files[$"{largest.Width}.jpg"],
            ".webp" => files[$"{largest.Width}.webp"],
            ".png" => largest.PngsaveBuffer(keep: Enums.ForeignKeep.None),
            ".gif" => largest.GifsaveBuffer(keep: Enums.ForeignKeep.None),
            ".tif" or ".tiff" => largest.TiffsaveBuffer(compression: Enums.ForeignTiffCompression.Jpeg, keep: Enums.ForeignKeep.None),
            _ => largest.HeifsaveBuffer(compression: Enums.ForeignHeifCompression.Av1, keep: Enums.ForeignKeep.None),
        };
        derivatives.Reverse();
        var facts = new PictureFacts(largest.Width, largest.Height, sourceWidth, DominantColour(opaque), derivatives);
        return (new EncodedPicture(facts, files), null);
    }

    /// <summary>
    /// The configured widths the original reaches, and its own width when it falls between them or under the smallest:
    /// never upscaled. A picture narrower than the smallest width is published at its own size.
    /// </summary>
    public static IReadOnlyList<int> WidthsFor(int sourceWidth, IReadOnlyList<int> configured)
    {
        var widths = configured.Where(width => width < sourceWidth).ToList();
        if (sourceWidth <= configured[^1]) widths.Add(sourceWidth);
        return widths;
    }

    /// <summary>Upright, sRGB, 8-bit, at most <paramref name="width"/> wide; decoded once into memory so each copy reads it.</summary>
    internal static Image Decode(byte[] bytes, int width)
    {
        // fail_on as an option string: the thumbnail's typed failOn argument does not reach the loader.
        using var thumbnail = Image.ThumbnailBuffer(bytes, width, optionString: "fail_on=truncated", height: 100_000, size: Enums.Size.Down,
            outputProfile: "srgb");
        using var srgb = thumbnail.Interpretation == Enums.Interpretation.Srgb ? thumbnail.Copy() : thumbnail.Colourspace(Enums.Interpretation.Srgb);
        return srgb.CopyMemory();
    }

    private static string DominantColour(Image opaque)
    {
        using var pixel = opaque.ThumbnailImage(1, height: 1, size: Enums.Size.Force);
        var rgb = pixel.Getpoint(0, 0);
        return string.Create(CultureInfo.InvariantCulture, $"#{(int)rgb[0]:x2}{(int)rgb[1]:x2}{(int)rgb[2]:x2}");
    }

    private static string ExportAsJpeg(string relativePath) =>
        $"picture '{relativePath}' is HEIC, which this build cannot read and most browsers cannot show. Export it as JPEG (on an iPhone: Settings › Camera › Formats › Most Compatible) and use that file.";

    /// <summary>The loader's own words ("premature end of JPEG image"), not libvips' "unable to …" lines around them.</summary>
    private static string Cause(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var cause = lines.FirstOrDefault(line => !line.StartsWith("unable to", StringComparison.Ordinal)) ?? lines.FirstOrDefault() ?? "unknown error";
        var colon = cause.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && !cause[..colon].Contains(' ', StringComparison.Ordinal) ? cause[(colon + 2)..] : cause;
    }

    private static (EncodedPicture?, PictureProblem?) Fail(string code, string message) => (null, new PictureProblem(code, message));
}
