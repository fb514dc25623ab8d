namespace StaticNews.Import.WordPress;

/// <summary>A <c>wp:category</c> declared by the export: its slug and its name.</summary>
public sealed record WxrCategory(int Line, string Nicename, string Name) : WxrEntry(Line);
