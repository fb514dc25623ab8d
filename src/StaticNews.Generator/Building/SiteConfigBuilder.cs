using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Model;

namespace StaticNews.Generator.Building;

/// <summary>Validates <c>site.yml</c> into a <see cref="SiteConfig"/>.</summary>
public sealed class SiteConfigBuilder(DiagnosticBag diagnostics)
{
    /// <param name="inputFileExists">Checks files site.yml names (the logo) against the input folder.</param>
    public SiteConfig? Build(YamlSource<SiteFileDto> file, Uri? baseUrlOverride, Func<string, bool>? inputFileExists = null)
    {
        var dto = file.Value;
        var name = Required(file, dto.Name, "name", "the site's name, e.g. name: \"The Harbour Courier\"");
        var baseUrl = baseUrlOverride ?? ParseBaseUrl(file);
        var zone = ParseTimeZone(file);
        var sections = BuildSections(file, baseUrl);
        var logo = ParseLogo(file, inputFileExists ?? (_ => true));
        if (name is null || baseUrl is null || zone is null || sections.Count == 0) return null;
        return new SiteConfig
        {
            Name = name,
            Description = dto.Description,
            BaseUrl = baseUrl,
            Language = string.IsNullOrWhiteSpace(dto.Language) ? "en" : dto.Language.Trim(),
            TimeZone = zone,
            Sections = sections,
            PageSize = Positive(file, dto.PageSize, "page_size") ?? 20,
            RelatedCount = Positive(file, dto.RelatedCount, "related_count") ?? 5,
            FeedSize = Positive(file, dto.FeedSize, "feed_size") ?? 20,
            LogoUrl = logo is null ? null : baseUrl.AbsolutePath + logo,
            Related = new RelatedSettingsBuilder(diagnostics).Build(file),
            Pictures = BuildPictureSettings(file),
        };
    }

    private PictureSettings BuildPictureSettings(YamlSource<SiteFileDto> file)
    {
        var defaults = new PictureSettings();
        var widths = file.Value.ImageWidths;
        if (widths is not null && (widths.Count == 0 || widths.Any(w => w is < 16 or > 8192)))
        {
            diagnostics.Error(Codes.InvalidPictureSettings, file.DisplayPath, file.LineOf("image_widths"), 1,
                "image_widths must list widths in pixels between 16 and 8192, e.g. image_widths: [480, 800, 1200, 1600, 2400].");
            widths = null;
        }
        var maxPixels = file.Value.ImageMaxPixels;
        if (maxPixels is <= 0)
        {
            diagnostics.Error(Codes.InvalidPictureSettings, file.DisplayPath, file.LineOf("image_max_pixels"), 1,
                "image_max_pixels must be a positive number of pixels, e.g. image_max_pixels: 100000000 (100 megapixels).");
            maxPixels = null;
        }
        return new PictureSettings
        {
            Widths = widths is null ? defaults.Widths : widths.Distinct().Order().ToList(),
            MaxPixels = maxPixels ?? defaults.MaxPixels,
        };
    }

    /// <summary>Makes a base URL absolute with a trailing slash, so relative URLs resolve below it.</summary>
    public static Uri? NormalizeBaseUrl(string? text)
    {
        if (!Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    private Uri? ParseBaseUrl(YamlSource<SiteFileDto> file)
    {
        var text = Required(file, file.Value.BaseUrl, "base_url", "the address the site is published at, e.g. base_url: \"https://news.example.org/\"");
        if (text is null) return null;
        var uri = NormalizeBaseUrl(text);
        if (uri is null)
            diagnostics.Error(Codes.InvalidSiteConfig, file.DisplayPath, file.LineOf("base_url"), 1,
                $"base_url '{text}' is not an absolute http(s) address. Write it like \"https://news.example.org/\".");
        return uri;
    }

    private string? ParseLogo(YamlSource<SiteFileDto> file, Func<string, bool> inputFileExists)
    {
        var logo = file.Value.Logo?.Trim();
        if (string.IsNullOrEmpty(logo)) return null;
        if (InputPaths.IsSafeRelative(logo) && inputFileExists(logo)) return logo;
        diagnostics.Error(Codes.InvalidSiteConfig, file.DisplayPath, file.LineOf("logo"), 1,
            $"logo '{logo}' is not a file in the input folder. Give its path there, e.g. logo: images/logo.svg.");
        return null;
    }

    private TimeZoneInfo? ParseTimeZone(YamlSource<SiteFileDto> file)
    {
        var id = string.IsNullOrWhiteSpace(file.Value.Timezone) ? "UTC" : file.Value.Timezone.Trim();
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)) return zone;
        diagnostics.Error(Codes.InvalidSiteConfig, file.DisplayPath, file.LineOf("timezone"), 1,
            $"timezone '{id}' is not a known time zone. Use an IANA name such as Europe/London or UTC.");
        return null;
    }

    private List<Section> BuildSections(YamlSource<SiteFileDto> file, Uri? baseUrl)
    {
        var sections = new List<Section>();
        var dtos = file.Value.Sections ?? [];
        if (dtos.Count == 0)
            diagnostics.Error(Codes.InvalidSiteConfig, file.DisplayPath, file.LineOf("sections"), 1,
                "no sections are declared. Add a list: sections: [{slug: world, name: World}].");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var dto in dtos)
        {
            var line = file.LineOf("sections");
            if (!Slugs.IsValid(dto.Slug) || UrlPaths.Reserved.Contains(dto.Slug!))
            {
                diagnostics.Error(Codes.InvalidSiteConfig, file.DisplayPath, line, 1,
                    $"section slug '{dto.Slug}' is not usable. Use {Slugs.Rule}, and none of: {string.Join(", ", UrlPaths.Reserved.Order())}.");
                continue;
            }
            if (!seen.Add(dto.Slug!))
            {
                diagnostics.Error(Codes.InvalidSiteConfig, file.DisplayPath, line, 1, $"section '{dto.Slug}' is declared twice. Remove one.");
                continue;
            }
            var url = (baseUrl?.AbsolutePath ?? "/") + UrlPaths.Section(dto.Slug!);
            sections.Add(new Section(dto.Slug!, string.IsNullOrWhiteSpace(dto.Name) ? dto.Slug! : dto.Name.Trim(), dto.Description, url));
        }
        return sections;
    }

    private string? Required(YamlSource<SiteFileDto> file, string? value, string key, string hint)
    {
        if (!string.IsNullOrWhiteSpace(value)) return value.Trim();
        diagnostics.Error(Codes.InvalidSiteConfig, file.DisplayPath, file.LineOf(key), 1, $"'{key}' is required: {hint}.");
        return null;
    }

    private int? Positive(YamlSource<SiteFileDto> file, int? value, string key)
    {
        if (value is null or > 0) return value;
        diagnostics.Error(Codes.InvalidSiteConfig, file.DisplayPath, file.LineOf(key), 1, $"'{key}' must be a whole number above 0.");
        return null;
    }
}
