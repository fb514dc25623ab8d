using System.Text;
using System.Xml.Linq;
using StaticNews.Generator.Publishing;

namespace StaticNews.Generator.Tests.Publishing;

public sealed class SitemapTests
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";
    private static readonly DateTimeOffset Now = new(2026, 3, 21, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_sitemap_lists_every_indexable_page_with_its_last_change()
    {
        // Given
        using var site = FixtureSite.Newsroom();

        // When
        await site.BuildAsync(o => o with { Now = Now });
        var sitemap = XDocument.Load(Path.Combine(site.Output, "sitemap.xml"));

        // Then: home, search, 3 articles, 2 sections, 2 authors, storms and shipping tags, the topic and people indexes; no 404, no redirect
        var urls = sitemap.Root!.Elements(Sitemaps + "url").ToList();
        Assert.Equal(Sitemaps + "urlset", sitemap.Root.Name);
        Assert.Equal(13, urls.Count);
        var locations = urls.Select(u => u.Element(Sitemaps + "loc")!.Value).ToList();
        Assert.Contains("https://fixture.example.org/news/tags/", locations);
        Assert.Contains("https://fixture.example.org/news/authors/", locations);
        Assert.All(locations, loc => Assert.StartsWith("https://fixture.example.org/news/", loc));
        Assert.DoesNotContain(locations, loc => loc.Contains("404") || loc.Contains("harbour-open-again"));
        var reopens = urls.Single(u => u.Element(Sitemaps + "loc")!.Value.EndsWith("/world/harbour-reopens/", StringComparison.Ordinal));
        Assert.Equal("2026-03-20T10:00:00Z", reopens.Element(Sitemaps + "lastmod")!.Value);
    }

    [Fact]
    public void Past_the_per_file_limit_the_sitemap_becomes_an_index_of_numbered_parts()
    {
        // Given five pages and a limit of two per file
        var entries = Enumerable.Range(1, 5).Select(i => new Sitemap.Entry($"https://x.example/{i}/", null)).ToList();

        // When
        var files = Sitemap.Write(path => "https://x.example/" + path, entries, maxUrlsPerFile: 2);

        // Then
        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"], files.Select(f => f.Path));
        var index = XDocument.Parse(Encoding.UTF8.GetString(files[0].Bytes));
        Assert.Equal(Sitemaps + "sitemapindex", index.Root!.Name);
        Assert.Equal(["https://x.example/sitemap-1.xml", "https://x.example/sitemap-2.xml", "https://x.example/sitemap-3.xml"],
            index.Root.Elements(Sitemaps + "sitemap").Select(s => s.Element(Sitemaps + "loc")!.Value));
        Assert.Equal([2, 2, 1], files.Skip(1).Select(f => XDocument.Parse(Encoding.UTF8.GetString(f.Bytes)).Root!.Elements(Sitemaps + "url").Count()));
        Assert.Single(Sitemap.Write(path => path, entries));
    }

    [Theory]
    [InlineData("2026-03-18T12:00:00Z", "world/harbour-reopens/")]
    [InlineData("2026-03-20T08:29:00Z", "world/harbour-reopens/")]
    [InlineData("2026-03-16T23:00:00Z", "world/storm-closes-harbour/")]
    [InlineData("2026-03-17T12:00:00Z", "")]
    public async Task The_news_sitemap_holds_exactly_the_articles_of_the_two_days_before_the_build_clock(string now, string expected)
    {
        // Given harbour-reopens at 18 March 08:30 UTC, storm-closes-harbour at 15 March 00:00 UTC, port-fees-rise at 10 March
        using var site = FixtureSite.Newsroom();

        // When
        await site.BuildAsync(o => o with { Now = DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture) });
        var news = XDocument.Load(Path.Combine(site.Output, "news-sitemap.xml"));

        // Then
        var urls = news.Root!.Elements(Sitemaps + "url").ToList();
        Assert.Equal(expected.Length == 0 ? [] : ["https://fixture.example.org/news/" + expected], urls.Select(u => u.Element(Sitemaps + "loc")!.Value));
        foreach (var url in urls)
        {
            var entry = url.Element(News + "news")!;
            Assert.Equal("Fixture Gazette", entry.Element(News + "publication")!.Element(News + "name")!.Value);
            Assert.Equal("en", entry.Element(News + "publication")!.Element(News + "language")!.Value);
            Assert.NotEmpty(entry.Element(News + "title")!.Value);
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", entry.Element(News + "publication_date")!.Value);
        }
    }

    [Fact]
    public async Task Robots_txt_names_the_sitemap_and_the_news_sitemap()
    {
        using var site = FixtureSite.Newsroom();

        await site.BuildAsync(o => o with { Now = Now });

        var robots = site.ReadOutput("robots.txt");
        Assert.Contains("User-agent: *", robots);
        Assert.Contains("Sitemap: https://fixture.example.org/news/sitemap.xml\n", robots);
        Assert.Contains("Sitemap: https://fixture.example.org/news/news-sitemap.xml\n", robots);
    }
}
