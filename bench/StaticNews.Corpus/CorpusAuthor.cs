namespace StaticNews.Corpus;

/// <summary>A generated reporter, attached to one desk (section).</summary>
public sealed record CorpusAuthor(string Slug, string Name, string Section);
