namespace StaticNews.Generator.Loading;

/// <summary>
/// What the article cache found for one file: its text's hash, the entry made from that same text (or null), and the
/// file's stamp taken before it was read.
/// </summary>
public readonly record struct ArticleCacheLookup(string RelativePath, UInt128 Hash, ArticleCacheEntry? Entry, SourceStamp? Stamp);
