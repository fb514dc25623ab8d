namespace StaticNews.Model.Pages;

/// <summary>
/// The front page, top to bottom: an optional live story, the lead beside its secondary stories (as editors ordered
/// them in front.yml, the newest filling the rest), the latest of the rest, then a rail per section.
/// </summary>
public sealed record HomePageModel : PageModel
{
    /// <summary>A running story editors put above the lead; null unless front.yml names one.</summary>
    public Article? Live { get; init; }

    /// <summary>The story shown largest, with its picture: the editors' pick, else the newest story.</summary>
    public required Article? Lead { get; init; }

    /// <summary>The stories beside the lead.</summary>
    public IReadOnlyList<Article> Secondary { get; init; } = [];

    /// <summary>The newest stories not shown above.</summary>
    public IReadOnlyList<Article> Latest { get; init; } = [];

    /// <summary>Each section with its latest stories not shown above, in the order of site.yml.</summary>
    public required IReadOnlyList<SectionTeaser> Sections { get; init; }

    /// <summary>Every story the page shows, once each.</summary>
    public IEnumerable<Article> Stories() =>
        new[] { Live, Lead }.OfType<Article>().Concat(Secondary).Concat(Latest).Concat(Sections.SelectMany(s => s.Latest));
}

public sealed record SectionTeaser(Section Section, IReadOnlyList<Article> Latest);
