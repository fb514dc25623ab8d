namespace StaticNews.Model;

/// <summary>The newsroom's settings from <c>input/site.yml</c>, validated.</summary>
public sealed record SiteConfig
{
    public required string Name { get; init; }
    public string? Description { get; init; }

    /// <summary>Absolute URL of the site root, always ending in a slash.</summary>
    public required Uri BaseUrl
    {
        get => baseUrl;
        init
        {
            baseUrl = value;
            origin = new Uri(value, "/").AbsoluteUri[..^1];
        }
    }

    private readonly Uri baseUrl = null!;

    /// <summary>Scheme, host and port as <see cref="Uri"/> writes them, e.g. "https://example.org".</summary>
    private readonly string origin = "";

    /// <summary>The path part of <see cref="BaseUrl"/>: "/" or "/news/"; every internal link starts with it.</summary>
    public string BasePath => BaseUrl.AbsolutePath;

    /// <summary>BCP 47 language tag such as "en-GB", used for <c>lang</c> and date formatting.</summary>
    public required string Language { get; init; }

    /// <summary>The newsroom's time zone: dates without an offset are read in it and every date is shown in it.</summary>
    public required TimeZoneInfo TimeZone { get; init; }

    public required IReadOnlyList<Section> Sections { get; init; }

    /// <summary>Articles per page on section, author and tag fronts.</summary>
    public int PageSize { get; init; } = 20;

    /// <summary>How many cards the "Explore" related block shows.</summary>
    public int RelatedCount { get; init; } = 5;

    /// <summary>How many of the newest stories each RSS feed carries.</summary>
    public int FeedSize { get; init; } = 20;

    /// <summary>Root-relative URL of the newsroom's logo (with the base path), for the publisher in structured data.</summary>
    public string? LogoUrl { get; init; }

    /// <summary>Colours, fonts and icon of the newsroom (site.yml <c>brand_colour</c>, <c>text_font</c>, <c>icon</c>, …).</summary>
    public SiteBrand Brand { get; init; } = new();

    public RelatedSettings Related { get; init; } = new();

    /// <summary>Lower-case hosts whose https pages a <c>::: embed</c> may show in a frame, besides the known platforms.</summary>
    public IReadOnlyList<string> EmbedHosts { get; init; } = [];

    public PictureSettings Pictures { get; init; } = new();

    /// <summary>The footer's groups of links (site.yml <c>footer:</c>), resolved to titles and URLs; empty shows the default footer.</summary>
    public IReadOnlyList<FooterGroup> Footer { get; init; } = [];

    /// <summary>Root-relative URL of the corrections policy page every correction box links to, if the site has one.</summary>
    public string? CorrectionsPolicyUrl { get; init; }

    /// <remarks>A plain path skips parsing a <see cref="Uri"/>, which would give the same text: sitemaps and pages ask for thousands.</remarks>
    public string AbsoluteUrl(string rootRelativeUrl) =>
        IsPlainPath(rootRelativeUrl) ? origin + rootRelativeUrl : new Uri(BaseUrl, rootRelativeUrl).AbsoluteUri;

    /// <summary>Starts with one slash and holds only letters, digits, "-", "_", "." and "/", with no empty segment and no dot at a segment's edge.</summary>
    private static bool IsPlainPath(string url) =>
        url.StartsWith('/') && !url.AsSpan().ContainsAnyExcept(PlainCharacters) && !url.EndsWith('.')
        && !url.Contains("//", StringComparison.Ordinal) && !url.Contains("/.", StringComparison.Ordinal) && !url.Contains("./", StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<char> PlainCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./");
}
