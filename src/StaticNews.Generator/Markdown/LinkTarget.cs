namespace StaticNews.Generator.Markdown;

/// <summary>What an <c>xref:slug</c> link points at.</summary>
public sealed record LinkTarget(string Url, string Title);
