namespace StaticNews.Import.WordPress;

/// <summary>A post as the first pass places it: where it goes and whether links to it can become xref links.</summary>
public sealed record PlannedPost(int Line, int? PostId, string Section, string Slug, string Title, string Status)
{
    /// <summary>Only published posts are on the built site at once, so only they are safe xref targets.</summary>
    public bool IsPublished => Status == "publish";

    public string Url => $"{Section}/{Slug}/";
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
