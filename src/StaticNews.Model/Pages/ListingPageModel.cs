namespace StaticNews.Model.Pages;

/// <summary>A front that lists articles newest first: a section, an author or a tag, one page of it.</summary>
public sealed record ListingPageModel : PageModel
{
    public required ListingKind Kind { get; init; }

    /// <summary>The section a section front shows; null for author and tag pages.</summary>
    public Section? Section { get; init; }

    /// <summary>The heading shown on the page, e.g. the section or author name.</summary>
    public required string Heading { get; init; }

    /// <summary>A line under the heading: a section description, an author's role and bio.</summary>
    public string? Intro { get; init; }

    public required IReadOnlyList<Article> Articles { get; init; }
    public required Pagination Pagination { get; init; }
}

public enum ListingKind { Section, Author, Tag }
