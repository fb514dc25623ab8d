using System.Globalization;
using System.Text;
using System.Xml.Linq;
using StaticNews.Generator.Publishing;
using StaticNews.Model;

namespace StaticNews.Generator.Tests.Publishing;

public sealed class NewsSitemapTests
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly DateTimeOffset Now = new(2026, 3, 21, 12, 0, 0, TimeSpan.Zero);
    private static readonly Section World = new("world", "World", null, "/world/");

    private static readonly SiteConfig Config = new()
    {
        Name = "Busy Gazette",
        BaseUrl = new Uri("https://busy.example.org/"),
        Language = "en-GB",
        TimeZone = TimeZoneInfo.Utc,
        Sections = [World],
    };

    [Fact]
    public void More_than_a_thousand_recent_stories_continue_in_a_second_news_sitemap()
    {
        // Given 1,001 stories, one a minute, all within the last two days
        var articles = Enumerable.Range(0, 1001).Select(i => Story(i, Now.AddMinutes(-i))).ToList();

        // When
        var files = NewsSitemap.Write(Config, articles, Now);

        // Then
        Assert.Equal(["news-sitemap.xml", "news-sitemap-2.xml"], files.Select(f => f.Path));
        Assert.Equal([1000, 1], files.Select(f => XDocument.Parse(Encoding.UTF8.GetString(f.Bytes)).Root!.Elements(Sitemaps + "url").Count()));
    }

    private static Article Story(int number, DateTimeOffset publishedAt)
    {
        var slug = string.Create(CultureInfo.InvariantCulture, $"story-{number}");
        return new Article
        {
            Slug = slug,
            Title = $"Story {slug}",
            PublishedAt = publishedAt,
            Section = World,
            ReadTimeMinutes = 1,
            Authors = [],
            Tags = [],
            BodyHtml = "",
            Url = $"/world/{slug}/",
            SourcePath = $"world/{slug}.md",
        };
    }
}
