using StaticNews.Generator.Relating;
using StaticNews.Model;

namespace StaticNews.Generator.Tests.Relating;

/// <summary>Builds small in-memory sites for the related-articles tests: stories with text, tags, authors and dates.</summary>
public sealed class Newsroom
{
    public static readonly Section World = new("world", "World", null, "/world/");
    public static readonly Section Sport = new("sport", "Sport", null, "/sport/");
    public static readonly Section Science = new("science", "Science", null, "/science/");
    private static readonly DateTimeOffset Day0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TextProfiler profiler = new();
    private readonly List<Article> articles = [];

    public RelatedSettings Settings { get; set; } = new() { LatestCount = 0 };
    public int ExploreCount { get; set; } = 3;

    public Newsroom Story(string slug, int day, string text = "", Section? section = null, string[]? tags = null, string[]? authors = null,
        string[]? pins = null, string[]? excludes = null, bool draft = false)
    {
        var title = slug.Replace('-', ' ');
        articles.Add(new Article
        {
            Slug = slug,
            Title = title,
            PublishedAt = Day0.AddDays(day),
            Section = section ?? World,
            ReadTimeMinutes = 1,
            Authors = (authors ?? []).Select(a => new Author(a, a, null, null, $"/authors/{a}/")).ToList(),
            Tags = (tags ?? []).Select(t => new Tag(t, t, $"/tags/{t}/")).ToList(),
            BodyHtml = "",
            Url = $"/{(section ?? World).Slug}/{slug}/",
            SourcePath = slug + ".md",
            PinnedRelated = pins ?? [],
            ExcludedRelated = excludes ?? [],
            IsDraft = draft,
            Text = profiler.Profile(title, null, text),
        });
        return this;
    }

    /// <summary>Many stories that share nothing but <paramref name="tags"/> and <paramref name="text"/>, to fill the archive.</summary>
    public Newsroom Filler(int count, string text = "", string[]? tags = null)
    {
        for (var i = 0; i < count; i++) Story($"filler-{i:000}", -400 - i, text, Science, tags);
        return this;
    }

    public Site Site() => new()
    {
        Config = new SiteConfig
        {
            Name = "t", BaseUrl = new Uri("https://t.example/"), Language = "en", TimeZone = TimeZoneInfo.Utc,
            Sections = [World, Sport, Science], RelatedCount = ExploreCount, Related = Settings,
        },
        Articles = articles.OrderByDescending(a => a.PublishedAt).ThenBy(a => a.Slug, StringComparer.Ordinal).ToList(),
        Authors = [],
        Tags = [],
    };

    public IReadOnlyDictionary<string, RelatedStories> Relate() => new RelatedEngine().FindAll(Site());

    public string[] Explore(string slug) => Relate()[slug].Explore.Select(a => a.Slug).ToArray();

    public string[] Latest(string slug) => Relate()[slug].Latest.Select(a => a.Slug).ToArray();

    public RelatedCandidate Candidate(string slug, string candidate) =>
        new RelatedEngine().Explain(Site(), slug)!.Candidates.Single(c => c.Article.Slug == candidate);
}
