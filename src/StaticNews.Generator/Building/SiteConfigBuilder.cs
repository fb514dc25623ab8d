using StaticNews.Generator.Branding;
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
        var logo = ParseLogo(file, "logo", file.Value.Logo, inputFileExists ?? (_ => true));
        var darkLogo = ParseLogo(file, "logo_dark", file.Value.LogoDark, inputFileExists ?? (_ => true));
        var brand = new BrandBuilder(diagnostics).Build(file, logo, inputFileExists ?? (_ => true));
        if (name is null || baseUrl is null || zone is null || sections.Count == 0) return null;
        return new SiteConfig
        {
            Name = name,
            Description = dto.Description,
            BaseUrl = baseUrl,
            Language = ParseLanguage(file),
            TimeZone = zone,
            Sections = sections,
            PageSize = Positive(file, dto.PageSize, "page_size", MaxPageSize) ?? 20,
            RelatedCount = Positive(file, dto.RelatedCount, "related_count", MaxRelatedCount) ?? 5,
            FeedSize = Positive(file, dto.FeedSize, "feed_size", MaxFeedSize) ?? 20,
            LogoUrl = logo is null ? null : baseUrl.AbsolutePath + logo,
            Brand = brand with { DarkLogoUrl = darkLogo is null ? null : baseUrl.AbsolutePath + darkLogo },
            Related = new RelatedSettingsBuilder(diagnostics).Build(file),
            EmbedHosts = ParseEmbedHosts(file),
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

    /// <summary>Bounds far above any newsroom's choice, low enough that no value can make a page or a list exhaust memory.</summary>
    public const int MaxPageSize = 1000, MaxRelatedCount = 50, MaxFeedSize = 1000;

    /// <summary>Makes a base URL absolute with a trailing slash, so relative URLs resolve below it; one with a query or fragment is refused.</summary>
    /// <remarks>Every page URL is the base URL with a path appended, so a query or fragment would end up in the middle of each link.</remarks>
    public static Uri? NormalizeBaseUrl(string? text)
    {
        if (!Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || uri.Query.Length > 0 || uri.Fragment.Length > 0 || text!.Contains('?') || text.Contains('#')) return null;
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    private Uri? ParseBaseUrl(YamlSource<SiteFileDto> file)
    {
        var text = Required(file, file.Value.BaseUrl, "base_url", "the address the site is published at, e.g. base_url: \"https://news.example.org/\"");
        if (text is null) return null;
        var uri = NormalizeBaseUrl(text);
        if (uri is null)
            diagnostics.Error(Codes.InvalidSiteConfig, file.DisplayPath, file.LineOf("base_url"), 1,
                $"base_url '{text}' is not an absolute http(s) address without a query (?) or fragment (#). Write it like \"https://news.example.org/\".");
        return uri;
    }

    private List<string> ParseEmbedHosts(YamlSource<SiteFileDto> file)
    {
        var hosts = new List<string>();
        foreach (var host in file.Value.EmbedHosts ?? [])
        {
            var name = host?.Trim().ToLowerInvariant() ?? "";
            if (Uri.CheckHostName(name) == UriHostNameType.Dns && name.Contains('.')) hosts.Add(name);
            else
                diagnostics.Error(Codes.InvalidSiteConfig, file.DisplayPath, file.LineOf("embed_hosts"), 1,
                    $"embed_hosts lists '{host}', which is not a host name. Write hosts only, e.g. embed_hosts: [interactive.example.org].");
        }
        return hosts.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The site's language: a culture tag .NET knows (it formats every date), "en" when not given.</summary>
    private string ParseLanguage(YamlSource<SiteFileDto> file)
    {
        var tag = file.Value.Language?.Trim();
        if (string.IsNullOrEmpty(tag)) return "en";
        if (IsKnownCulture(tag)) return tag;
        diagnostics.Error(Codes.InvalidSiteConfig, file.DisplayPath, file.LineOf("language"), 1,
            $"language '{tag}' is not a language tag. Write one such as en, en-GB, fr or pt-BR.");
        return "en";
    }

    private static bool IsKnownCulture(string tag)
    {
        if (tag.Length > 35 || !tag.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') || !char.IsAsciiLetter(tag[0])) return false;
        try
        {
            return !System.Globalization.CultureInfo.GetCultureInfo(tag, predefinedOnly: true).Equals(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            return false;
        }
    }

    private string? ParseLogo(YamlSource<SiteFileDto> file, string key, string? value, Func<string, bool> inputFileExists)
    {
        var logo = value?.Trim();
        if (string.IsNullOrEmpty(logo)) return null;
        if (InputPaths.IsSafeRelative(logo) && inputFileExists(logo)) return logo;
        diagnostics.Error(Codes.InvalidSiteConfig, file.DisplayPath, file.LineOf(key), 1,
            $"{key} '{logo}' is not a file in the input folder. Give its path there, e.g. {key}: images/{key.Replace('_', '-')}.svg.");
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
            if (dto is null)
            {
                diagnostics.Error(Codes.InvalidSiteConfig, file.DisplayPath, line, 1,
                    "an entry of sections: is empty. Write it like - {slug: world, name: World}, or remove the '-' line.");
                continue;
            }
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

    private int? Positive(YamlSource<SiteFileDto> file, int? value, string key, int max)
    {
        if (value is null || (value > 0 && value <= max)) return value;
        if (value > max)
            diagnostics.Error(Codes.NumberTooLarge, file.DisplayPath, file.LineOf(key), 1, $"'{key}' is {value}, more than the {max} StaticNews allows. Use a whole number from 1 to {max}.");
        else diagnostics.Error(Codes.InvalidSiteConfig, file.DisplayPath, file.LineOf(key), 1, $"'{key}' must be a whole number above 0.");
        return null;
    }
}
