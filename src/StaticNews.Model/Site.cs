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

    /// <summary>Related blocks per article slug; filled by the Relate stage.</summary>
    public IReadOnlyDictionary<string, RelatedStories> Related { get; init; } =
        new Dictionary<string, RelatedStories>();

    public RelatedStories RelatedTo(Article article) =>
        Related.TryGetValue(article.Slug, out var related) ? related : RelatedStories.None;
}
