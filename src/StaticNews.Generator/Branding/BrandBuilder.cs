using StaticNews.Generator.Building;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Model;

namespace StaticNews.Generator.Branding;

/// <summary>Validates the branding keys of <c>site.yml</c> (colours, fonts, icon) into a <see cref="SiteBrand"/>; a bad value is reported at its line and the default kept.</summary>
public sealed class BrandBuilder(DiagnosticBag diagnostics)
{
    /// <summary>The theme's backgrounds text sits on, per scheme (paper and wash in theme/wwwroot/css/site.css).</summary>
    public static readonly HexColour[] LightBackgrounds = [new(0xff, 0xff, 0xff), new(0xf5, 0xf3, 0xef)];
    public static readonly HexColour[] DarkBackgrounds = [new(0x12, 0x12, 0x12), new(0x1f, 0x1f, 0x1f)];

    /// <summary>WCAG 2 AA for normal-size text.</summary>
    public const double MinimumContrast = 4.5;

    /// <param name="logo">The validated logo path, the icon's fallback.</param>
    public SiteBrand Build(YamlSource<SiteFileDto> file, string? logo, Func<string, bool> inputFileExists)
    {
        var dto = file.Value;
        return new SiteBrand
        {
            Colour = Colour(file, dto.BrandColour, "brand_colour", SiteBrand.DefaultColour, LightBackgrounds, "light", "#b3261e"),
            DarkColour = Colour(file, dto.BrandColourDark, "brand_colour_dark", SiteBrand.DefaultDarkColour, DarkBackgrounds, "dark", "#ff8a80"),
            TextFont = Font(file, dto.TextFont, "text_font", FontStacks.DefaultText),
            UiFont = Font(file, dto.UiFont, "ui_font", FontStacks.DefaultUi),
            IconSource = Icon(file, inputFileExists) ?? logo,
        };
    }

    private string Colour(YamlSource<SiteFileDto> file, string? text, string key, string fallback, HexColour[] backgrounds, string scheme, string example)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (HexColour.Parse(text) is not { } colour)
        {
            diagnostics.Error(Codes.InvalidBrandColour, file.DisplayPath, file.LineOf(key), 1,
                $"{key} '{text.Trim()}' is not a colour. Write it as a hex colour in quotes, e.g. {key}: \"{example}\".");
            return fallback;
        }
        var worst = backgrounds.Min(background => HexColour.Contrast(colour, background));
        if (worst < MinimumContrast)
            diagnostics.Error(Codes.BrandColourContrast, file.DisplayPath, file.LineOf(key), 1,
                $"{key} '{colour}' has a contrast of {worst:0.00}:1 on the {scheme} scheme's background ({string.Join(" and ", backgrounds)}), below the 4.5:1 WCAG AA asks for text. Pick a {(scheme == "light" ? "darker" : "lighter")} shade, e.g. {key}: \"{example}\".");
        return colour.ToString();
    }

    private string Font(YamlSource<SiteFileDto> file, string? name, string key, string fallback)
    {
        var stack = string.IsNullOrWhiteSpace(name) ? fallback : name.Trim().ToLowerInvariant();
        if (FontStacks.All.TryGetValue(stack, out var family)) return family;
        diagnostics.Error(Codes.UnknownFontStack, file.DisplayPath, file.LineOf(key), 1,
            $"{key} '{name!.Trim()}' is not a font stack StaticNews knows. Use one of: {string.Join(", ", FontStacks.All.Keys)}.");
        return FontStacks.All[fallback];
    }

    private string? Icon(YamlSource<SiteFileDto> file, Func<string, bool> inputFileExists)
    {
        var icon = file.Value.Icon?.Trim();
        if (string.IsNullOrEmpty(icon)) return null;
        if (!InputPaths.IsSafeRelative(icon) || !inputFileExists(icon))
            diagnostics.Error(Codes.InvalidIcon, file.DisplayPath, file.LineOf("icon"), 1,
                $"icon '{icon}' is not a file in the input folder. Give the path of a square SVG or PNG there, e.g. icon: images/icon.svg, or remove the line to make the icons from the logo.");
        else if (!IconFormats.Contains(Path.GetExtension(icon).ToLowerInvariant()))
            diagnostics.Error(Codes.InvalidIcon, file.DisplayPath, file.LineOf("icon"), 1,
                $"icon '{icon}' is not an SVG, PNG, JPEG or WebP picture. Export a square SVG or PNG (at least 512 × 512 pixels) and name it here.");
        else return icon;
        return null;
    }

    public static readonly IReadOnlySet<string> IconFormats = new HashSet<string>([".svg", ".png", ".jpg", ".jpeg", ".webp"], StringComparer.Ordinal);
}
