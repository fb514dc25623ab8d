namespace StaticNews.Model.Pages;

/// <summary>What every page knows: the site, its own URL and what goes into its head.</summary>
public abstract record PageModel
{
    public required Site Site { get; init; }

    /// <summary>Root-relative URL of the page, including the base path.</summary>
    public required string Url { get; init; }

    /// <summary>The page title without the site name.</summary>
    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>The file this page is written to, relative to the output folder, with forward slashes.</summary>
    public required string OutputPath { get; init; }

    /// <summary>The feeds this page links in its head: the site's, then its section's or author's.</summary>
    public IReadOnlyList<FeedLink> Feeds { get; init; } = [];
}
