namespace StaticNews.Model;

/// <summary>A page outside the sections (About, Contact, Corrections policy): a title and a Markdown body, no date, byline or feed.</summary>
public sealed record StaticPage
{
    public required string Slug { get; init; }
    public required string Title { get; init; }

    /// <summary>A line under the title and the page's description.</summary>
    public string? Summary { get; init; }

    /// <summary>When the page last changed in substance, shown under it and given to the sitemap.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    public required string BodyHtml { get; init; }

    /// <summary>Root-relative URL including the base path: "/about/".</summary>
    public required string Url { get; init; }

    /// <summary>Path of the Markdown file inside the input folder.</summary>
    public required string SourcePath { get; init; }
}
