namespace StaticNews.Model;

/// <summary>One published story, validated and ready to render.</summary>
public sealed record Article
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required DateTimeOffset PublishedAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
    public required Section Section { get; init; }
    public string? Summary { get; init; }
    public string? Source { get; init; }
    public required int ReadTimeMinutes { get; init; }
    public required IReadOnlyList<Author> Authors { get; init; }
    public required IReadOnlyList<Tag> Tags { get; init; }
    public HeroImage? Image { get; init; }
    public bool IsDraft { get; init; }

    /// <summary>When the story is taken down: from then on it appears nowhere.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Corrections printed on the story, oldest first.</summary>
    public IReadOnlyList<Correction> Corrections { get; init; } = [];

    /// <summary>Old addresses (root-relative, without the base path, e.g. "world/old-slug/") that redirect here.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The body rendered from Markdown; cross-links already point at their articles.</summary>
    public required string BodyHtml { get; init; }

    /// <summary>The live blog of a <c>live: true</c> article (its <see cref="BodyHtml"/> is then the text above the first update), or null.</summary>
    public LiveCoverage? Live { get; init; }

    /// <summary>Until when the story fills the breaking news banner (<c>breaking: true</c>), or null when it is not breaking news.</summary>
    public DateTimeOffset? BreakingUntil { get; init; }

    /// <summary>Videos of the body with a title, description, poster and upload date, for structured data.</summary>
    public IReadOnlyList<StoryVideo> Videos { get; init; } = [];

    /// <summary>Root-relative URL including the base path, e.g. "/world/port-strike/".</summary>
    public required string Url { get; init; }

    /// <summary>The source file, relative to the input folder, with forward slashes.</summary>
    public required string SourcePath { get; init; }

    /// <summary>Slugs the editor pinned with <c>related:</c>, in their order.</summary>
    public IReadOnlyList<string> PinnedRelated { get; init; } = [];

    /// <summary>Slugs the editor never wants in this article's related blocks (<c>related_exclude:</c>).</summary>
    public IReadOnlyList<string> ExcludedRelated { get; init; } = [];

    /// <summary>Words and names of the article, for finding related stories.</summary>
    public TextProfile Text { get; init; } = TextProfile.Empty;

    /// <summary>Front matter keys StaticNews does not know, kept for templates.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();

    /// <summary>The latest of the publish, update, live update and correction times.</summary>
    /// <remarks>A loop rather than LINQ: sitemaps, feeds and page keys ask every article for it on every build.</remarks>
    public DateTimeOffset ModifiedAt
    {
        get
        {
            // The first of equal instants wins, in the order corrections, update, publication, as Max would pick.
            var updated = UpdatedAt ?? PublishedAt;
            if (Live?.Latest is { } latestUpdate && latestUpdate.Time > updated) updated = latestUpdate.Time;
            var latest = Corrections.Count > 0 ? Corrections[0].Date : updated;
            for (var i = 1; i < Corrections.Count; i++)
                if (Corrections[i].Date > latest) latest = Corrections[i].Date;
            if (updated > latest) latest = updated;
            return PublishedAt > latest ? PublishedAt : latest;
        }
    }
}
