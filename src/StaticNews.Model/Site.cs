namespace StaticNews.Model;

/// <summary>The whole newsroom after validation: what every page is rendered from.</summary>
public sealed record Site
{
    public required SiteConfig Config { get; init; }

    /// <summary>Every article, newest first (ties broken by slug).</summary>
    public required IReadOnlyList<Article> Articles { get; init; }

    public required IReadOnlyList<Author> Authors { get; init; }

    /// <summary>Every tag used by an article, ordered by slug.</summary>
    public required IReadOnlyList<Tag> Tags { get; init; }

    /// <summary>Static pages (input/pages/*.md) that are published, ordered by slug.</summary>
    public IReadOnlyList<StaticPage> Pages { get; init; } = [];
    /// <summary>The top of the home page as editors ordered it in front.yml; <see cref="CuratedFront.None"/> without the file.</summary>
    public CuratedFront Front { get; init; } = CuratedFront.None;

    /// <summary>Related blocks per article slug; filled by the Relate stage.</summary>
    public IReadOnlyDictionary<string, RelatedStories> Related { get; init; } =
        new Dictionary<string, RelatedStories>();

    /// <summary>The next time the site changes by itself (a scheduled article appears or one expires), if any.</summary>
    public ScheduledChange? NextChange { get; init; }

    /// <summary>The breaking news banner at the build clock (site.yml's <c>breaking:</c> or an article's), or null.</summary>
    public BreakingNews? Breaking { get; init; }

    /// <summary>Input files (pictures) only unpublished articles use: not copied, so an embargoed picture does not leak.</summary>
    public IReadOnlySet<string> UnpublishedFiles { get; init; } = new HashSet<string>();

    /// <summary>Where published articles name their hero pictures, in article order: bad pictures are reported at these lines.</summary>
    public IReadOnlyList<PictureReference> PictureReferences { get; init; } = [];

    public RelatedStories RelatedTo(Article article) =>
        Related.TryGetValue(article.Slug, out var related) ? related : RelatedStories.None;
}
