namespace StaticNews.Model.Pages;

public sealed record HomePageModel : PageModel
{
    /// <summary>The newest story, shown large at the top.</summary>
    public required Article? Lead { get; init; }

    /// <summary>Each section with its latest stories, in the order of site.yml.</summary>
    public required IReadOnlyList<SectionTeaser> Sections { get; init; }
}

public sealed record SectionTeaser(Section Section, IReadOnlyList<Article> Latest);
