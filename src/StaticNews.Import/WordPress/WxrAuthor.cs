namespace StaticNews.Import.WordPress;

/// <summary>A <c>wp:author</c>: the login posts name in <c>dc:creator</c>, and the name readers see.</summary>
public sealed record WxrAuthor(int Line, string Login, string DisplayName) : WxrEntry(Line);
