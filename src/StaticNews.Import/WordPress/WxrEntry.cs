namespace StaticNews.Import.WordPress;

/// <summary>One thing a WordPress export holds, in file order: a setting of the site, an author, a category or an item.</summary>
public abstract record WxrEntry(int Line);
