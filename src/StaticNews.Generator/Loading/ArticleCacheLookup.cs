namespace StaticNews.Generator.Loading;

/// <summary>What the article cache found for one file's text: the text's hash, and the entry made from that same text, or null.</summary>
public readonly record struct ArticleCacheLookup(string RelativePath, UInt128 Hash, ArticleCacheEntry? Entry);
