using StaticNews.Generator.Relating;
using StaticNews.Model;

namespace StaticNews.Generator.Tests.Relating;

public sealed class SharedTopicsFinderTests
{
    private static readonly Section World = new("world", "World", null, "/world/");
    private static readonly Section Sport = new("sport", "Sport", null, "/sport/");
    private static readonly DateTimeOffset Day0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static Article Story(string slug, int day, Section? section = null, string[]? tags = null, string[]? authors = null,
        string[]? pins = null, bool draft = false) => new()
    {
        Slug = slug,
        Title = slug,
        PublishedAt = Day0.AddDays(day),
        Section = section ?? World,
        ReadTimeMinutes = 1,
        Authors = (authors ?? []).Select(a => new Author(a, a, null, null, $"/authors/{a}/")).ToList(),
        Tags = (tags ?? []).Select(t => new Tag(t, t, $"/tags/{t}/")).ToList(),
        BodyHtml = "",
        Url = $"/{(section ?? World).Slug}/{slug}/",
        SourcePath = slug + ".md",
        PinnedRelated = pins ?? [],
        IsDraft = draft,
    };

    private static IReadOnlyDictionary<string, IReadOnlyList<Article>> Relate(params Article[] articles) =>
        new SharedTopicsFinder().FindAll(new Site
        {
            Config = new SiteConfig
            {
                Name = "t", BaseUrl = new Uri("https://t.example/"), Language = "en", TimeZone = TimeZoneInfo.Utc,
                Sections = [World, Sport], RelatedCount = 3,
            },
            Articles = articles.OrderByDescending(a => a.PublishedAt).ThenBy(a => a.Slug).ToList(),
            Authors = [],
            Tags = [],
        });

    private static string[] SlugsOf(IReadOnlyList<Article> articles) => articles.Select(a => a.Slug).ToArray();

    [Fact]
    public void Stories_sharing_more_tags_rank_higher_and_an_article_never_relates_to_itself()
    {
        var related = Relate(
            Story("flood", 0, tags: ["storms", "coast"]),
            Story("two-shared", 1, tags: ["storms", "coast"]),
            Story("one-shared", 1, tags: ["storms"]),
            Story("unrelated", 1, section: Sport, tags: ["football"]));

        Assert.Equal(["two-shared", "one-shared"], SlugsOf(related["flood"]));
    }

    [Fact]
    public void Editor_pins_come_first_in_their_order()
    {
        var related = Relate(
            Story("flood", 0, tags: ["storms"], pins: ["football-final", "old-news"]),
            Story("storm-follow-up", 1, tags: ["storms"]),
            Story("football-final", 2, section: Sport),
            Story("old-news", -300, section: Sport));

        Assert.Equal(["football-final", "old-news", "storm-follow-up"], SlugsOf(related["flood"]));
    }

    [Fact]
    public void Drafts_are_never_related_even_when_pinned()
    {
        var related = Relate(
            Story("flood", 0, tags: ["storms"], pins: ["secret"]),
            Story("secret", 1, tags: ["storms"], draft: true));

        Assert.Empty(related["flood"]);
    }

    [Fact]
    public void Closer_stories_win_among_equal_topics_and_ties_break_by_date_then_slug()
    {
        var related = Relate(
            Story("flood", 0, tags: ["storms"]),
            Story("b-same-day", 1, tags: ["storms"]),
            Story("a-same-day", 1, tags: ["storms"]),
            Story("months-later", 200, tags: ["storms"]));

        Assert.Equal(["a-same-day", "b-same-day", "months-later"], SlugsOf(related["flood"]));
    }

    [Fact]
    public void The_block_holds_at_most_the_configured_count()
    {
        var stories = Enumerable.Range(0, 10).Select(i => Story($"s{i}", i, tags: ["storms"])).ToArray();

        Assert.All(Relate(stories).Values, list => Assert.True(list.Count <= 3));
    }
}
