namespace StaticNews.Model.Pages;

/// <summary>What every page knows: the site's settings, its own URL and what goes into its head.</summary>
public abstract record PageModel
{
    /// <summary>The site's settings; the rest of the site reaches a page only through its own model, which its key covers.</summary>
    public required SiteConfig Config { get; init; }

    /// <summary>Root-relative URL of the page, including the base path.</summary>
    public required string Url { get; init; }

    /// <summary>The page title without the site name.</summary>
    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>The file this page is written to, relative to the output folder, with forward slashes.</summary>
    public required string OutputPath { get; init; }

    /// <summary>The breaking news banner across the top of the page, or null.</summary>
    public BreakingNews? Breaking { get; init; }

    /// <summary>The feeds this page links in its head: the site's, then its section's or author's.</summary>
    public IReadOnlyList<FeedLink> Feeds { get; init; } = [];
}
