namespace StaticNews.Import.WordPress;

/// <summary>What the first pass learns of the export: the site, its authors and categories, where each post goes, the attachments.</summary>
public sealed class WordPressSite
{
    public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> AuthorNames { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> CategoryNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Posts by the line their item starts on, which is the same in both passes.</summary>
    public Dictionary<int, PlannedPost> Posts { get; } = [];
    public Dictionary<int, WxrItem> Attachments { get; } = [];

    /// <summary>Old paths (below the old site's root, no slashes at the ends) and post ids to the post they belong to.</summary>
    public Dictionary<string, PlannedPost> ByPath { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<int, PlannedPost> ById { get; } = [];

    /// <summary>Posts by wp:post_name, for links to a post whose export link is ?p=ID (drafts) under a pretty permalink.</summary>
    public Dictionary<string, PlannedPost> ByName { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Author login → slug, section slug → name, in the order first used.</summary>
    public Dictionary<string, string> AuthorSlugs { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Sections { get; } = new(StringComparer.Ordinal);

    /// <summary>Categories not in --section, each warned about once.</summary>
    public HashSet<string> UnmappedCategories { get; } = new(StringComparer.Ordinal);

    public Uri BaseUrl => WordPressAddress.BaseOf(Fields);
}
