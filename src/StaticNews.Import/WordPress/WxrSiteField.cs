namespace StaticNews.Import.WordPress;

/// <summary>A field of the channel (title, link, description, language, wp:base_blog_url).</summary>
public sealed record WxrSiteField(int Line, string Name, string Value) : WxrEntry(Line);
