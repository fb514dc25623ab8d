namespace StaticNews.Generator.Loading;

/// <summary><c>input/site.yml</c> as written.</summary>
public sealed class SiteFileDto
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? BaseUrl { get; set; }
    public string? Language { get; set; }
    public string? Timezone { get; set; }
    public int? PageSize { get; set; }
    public int? RelatedCount { get; set; }
    public int? FeedSize { get; set; }
    public string? Logo { get; set; }

    /// <summary>The logo for the dark colour scheme, e.g. light letters on a transparent background.</summary>
    public string? LogoDark { get; set; }

    /// <summary>A square picture for favicons and touch icons; the logo when absent.</summary>
    public string? Icon { get; set; }
    public string? BrandColour { get; set; }
    public string? BrandColourDark { get; set; }
    public string? TextFont { get; set; }
    public string? UiFont { get; set; }
    public List<int>? ImageWidths { get; set; }
    public long? ImageMaxPixels { get; set; }
    public RelatedSettingsDto? Related { get; set; }
    public List<SectionDto>? Sections { get; set; }

    /// <summary>Hosts (e.g. "interactive.example.org") whose https pages <c>::: embed</c> may show in a frame.</summary>
    public List<string>? EmbedHosts { get; set; }

    /// <summary>A breaking news banner across every page until its end time.</summary>
    public BreakingDto? Breaking { get; set; }

    /// <summary>Lets raw HTML in Markdown through to pages; off unless set to true.</summary>
    public bool? RawHtml { get; set; }

    /// <summary>Groups of footer links: page slugs, section slugs, tags, authors, search, feed, or {label, url}.</summary>
    public List<FooterGroupDto?>? Footer { get; set; }

    /// <summary>The slug of the static page every correction box links to.</summary>
    public string? CorrectionsPolicy { get; set; }
}

public sealed class FooterGroupDto
{
    public string? Title { get; set; }

    /// <summary>Each entry a name (page, section, tags, authors, search, feed) or a map {label, url}.</summary>
    public List<object?>? Links { get; set; }
}

public sealed class SectionDto
{
    public string? Slug { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
}

public sealed class BreakingDto
{
    public string? Text { get; set; }
    public string? Link { get; set; }
    public string? Until { get; set; }
}
