using System.Security;
using NetVips;
using StaticNews.Generator.Building;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Generator.Writing;
using StaticNews.Model;

namespace StaticNews.Generator.Branding;

/// <summary>
/// The favicon set, touch icon and web app manifest, made with libvips from the icon site.yml names (else the logo,
/// centred on a square; else a square in the brand colour with the site's initial), written at the site's root.
/// </summary>
public static class SiteIcons
{
    public const string Favicon = "favicon.ico", SvgIcon = "icon.svg", TouchIcon = "apple-touch-icon.png";

    /// <summary>The favicon's sizes (tabs, taskbars), and the home-screen sizes the manifest lists.</summary>
    private static readonly int[] FaviconSizes = [32, 48], ManifestSizes = [192, 512];

    private const int TouchIconSize = 180;

    private static readonly double[] Transparent = [255, 255, 255, 0], White = [255, 255, 255];

    public static string PngName(int size) => $"icon-{size}.png";

    public static IReadOnlyList<OutputFile> Collect(InputFolder input, SiteConfig config, DiagnosticBag diagnostics)
    {
        var source = config.Brand.IconSource;
        byte[] bytes;
        if (source is null) bytes = LetteredSquare(config);
        else
        {
            byte[]? buffer = null;
            if (InputReadPolicy.ReadAll(input, source, ref buffer, out var length) is { } refusal)
            {
                refusal.Report(diagnostics, input.Display(source));
                return [];
            }
            bytes = buffer![..length];
        }
        try
        {
            return Make(input, bytes, config);
        }
        catch (VipsException ex)
        {
            diagnostics.Error(Codes.IconUnreadable, input.Display(source ?? "site.yml"), 0, 0,
                $"the icons could not be made from '{source}' ({ex.Message.Split('\n')[0].Trim()}): it is corrupt or not a picture. Export it again as SVG or PNG, or name another file with icon: in site.yml.");
            return [];
        }
    }

    private static List<OutputFile> Make(InputFolder input, byte[] bytes, SiteConfig config)
    {
        var files = new List<(string Path, byte[] Bytes)>
        {
            (Favicon, IcoFile.Write(FaviconSizes.Select(size => (size, Png(bytes, size, opaque: false))).ToList())),
            (TouchIcon, Png(bytes, TouchIconSize, opaque: true)),
        };
        files.AddRange(ManifestSizes.Select(size => (PngName(size), Png(bytes, size, opaque: false))));
        if (config.Brand.HasSvgIcon) files.Add((SvgIcon, bytes));
        files.Add((WebManifest.FileName, WebManifest.Write(config, ManifestSizes)));
        // A file the newsroom put at the same path in its input (its own favicon.ico) is published instead.
        return files.Where(f => !InputPaths.Exists(input, f.Path)).Select(f => new OutputFile(f.Path, () => OutputFile.StreamOf(f.Bytes))).ToList();
    }

    /// <summary>The picture scaled to fit a square of <paramref name="size"/> and centred on it; iOS shows transparency as black, so touch icons are opaque.</summary>
    private static byte[] Png(byte[] bytes, int size, bool opaque)
    {
        using var fitted = Image.ThumbnailBuffer(bytes, size, height: size);
        using var srgb = fitted.Colourspace(Enums.Interpretation.Srgb);
        using var withAlpha = srgb.HasAlpha() ? srgb.Copy() : srgb.Bandjoin(255);
        using var square = withAlpha.Gravity(Enums.CompassDirection.Centre, size, size, extend: Enums.Extend.Background, background: Transparent);
        using var final = opaque ? square.Flatten(background: White) : square.Copy();
        return final.PngsaveBuffer(compression: 9, keep: Enums.ForeignKeep.None);
    }

    /// <summary>A square in the brand colour with the site name's first letter in white, for a site with neither icon nor logo.</summary>
    private static byte[] LetteredSquare(SiteConfig config)
    {
        var letter = SecurityElement.Escape(System.Globalization.StringInfo.GetNextTextElement(config.Name.Trim()).ToUpperInvariant());
        var svg = $"""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64"><rect width="64" height="64" rx="10" fill="{config.Brand.Colour}"/><text x="32" y="45" text-anchor="middle" font-family="Georgia, serif" font-weight="700" font-size="40" fill="#ffffff">{letter}</text></svg>
            """;
        return System.Text.Encoding.UTF8.GetBytes(svg);
    }
}
