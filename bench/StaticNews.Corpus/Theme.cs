namespace StaticNews.Corpus;

/// <summary>A kind of news event ("flood", "strike"); many stories share a theme, so its words alone do not identify a story.</summary>
internal sealed record Theme(string Tag, string Section, string Noun, IReadOnlyList<string> Words);
