namespace StaticNews.Corpus;

/// <summary>One generated article: its front matter fields, its Markdown body and the story group it was planted in.</summary>
/// <param name="Story">The planted story group, or null for a stand-alone article.</param>
public sealed record CorpusArticle(
    string Slug,
    string Section,
    string Title,
    DateTimeOffset PublishedAt,
    string Summary,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Tags,
    string Body,
    int? Story);
