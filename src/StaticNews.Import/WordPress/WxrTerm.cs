namespace StaticNews.Import.WordPress;

/// <summary>A category or tag an item is filed under (<c>domain</c> is "category" or "post_tag").</summary>
public sealed record WxrTerm(string Domain, string Nicename, string Name);
