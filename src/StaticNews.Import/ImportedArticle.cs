namespace StaticNews.Import;

/// <summary>An article ready to be written as <c>&lt;section&gt;/&lt;slug&gt;.md</c>.</summary>
/// <param name="Date">As it goes into front matter: ISO 8601, with Z when the time is known in UTC, without offset for site time.</param>
public sealed record ImportedArticle(string Section, string Slug, string Title, string Date)
{
    public string? Summary { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public ImportedImage? Image { get; init; }
    public bool Draft { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string Body { get; init; } = "";

    public string RelativePath => $"{Section}/{Slug}.md";
}
