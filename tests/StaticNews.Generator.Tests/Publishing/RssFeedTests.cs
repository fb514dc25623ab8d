using System.ServiceModel.Syndication;
using System.Xml;

namespace StaticNews.Generator.Tests.Publishing;

public sealed class RssFeedTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 21, 12, 0, 0, TimeSpan.Zero);

    private static SyndicationFeed Load(FixtureSite site, string path)
    {
        using var reader = XmlReader.Create(Path.Combine(site.Output, path));
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public async Task The_site_feed_parses_as_RSS_with_absolute_links_dates_summaries_and_images()
    {
        // Given
        using var site = FixtureSite.Newsroom();

        // When
        await site.BuildAsync(o => o with { Now = Now });
        var feed = Load(site, "feed.xml");

        // Then
        var items = feed.Items.ToList();
        Assert.Equal("Fixture Gazette", feed.Title.Text);
        Assert.Equal(["Harbour reopens after three-day storm", "Storm closes harbour for the first time in a decade", "Port fees rise by a fifth"],
            items.Select(i => i.Title.Text));
        Assert.Equal("https://fixture.example.org/news/world/harbour-reopens/", items[0].Links[0].Uri.AbsoluteUri);
        Assert.Equal(new DateTimeOffset(2026, 3, 18, 8, 30, 0, TimeSpan.Zero), items[0].PublishDate);
        Assert.Equal("Ferries sail again as crews clear debris from the quays.", items[0].Summary.Text);
        Assert.Equal(new DateTimeOffset(2026, 3, 20, 10, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime);
        var media = items[0].ElementExtensions.Single(e => e.OuterName == "content").GetObject<System.Xml.Linq.XElement>();
        Assert.Equal("https://fixture.example.org/news/images/harbour.svg", media.Attribute("url")?.Value);
        Assert.Contains(items[0].Categories, c => c.Name == "World");
    }

    [Fact]
    public async Task Each_section_and_author_has_its_own_feed_linked_from_its_pages()
    {
        using var site = FixtureSite.Newsroom();

        await site.BuildAsync(o => o with { Now = Now });

        Assert.Equal(["Harbour reopens after three-day storm", "Storm closes harbour for the first time in a decade"],
            Load(site, "world/feed.xml").Items.Select(i => i.Title.Text));
        Assert.Equal(["Port fees rise by a fifth"], Load(site, "business/feed.xml").Items.Select(i => i.Title.Text));
        Assert.Equal(2, Load(site, "authors/ana-lima/feed.xml").Items.Count());
        Assert.Contains("type=\"application/rss&#x2B;xml\" title=\"Fixture Gazette: World\" href=\"/news/world/feed.xml\"", site.ReadOutput("world/index.html"));
        Assert.Contains("href=\"/news/world/feed.xml\"", site.ReadOutput("world/harbour-reopens/index.html"));
        Assert.Contains("href=\"/news/authors/ana-lima/feed.xml\"", site.ReadOutput("authors/ana-lima/index.html"));
        Assert.Contains("href=\"/news/feed.xml\"", site.ReadOutput("tags/storms/index.html"));
    }

    [Fact]
    public async Task Feed_size_in_site_yml_limits_every_feed_to_the_newest_stories()
    {
        // Given feed_size: 1
        using var temp = new StaticNews.TestSupport.TempFolder();
        var input = temp.CopyFrom(StaticNews.TestSupport.RepositoryPaths.Fixture("valid", "newsroom", "input"), "input");
        File.AppendAllText(Path.Combine(input, "site.yml"), "feed_size: 1\n");
        using var site = new FixtureSite(input);

        // When
        await site.BuildAsync(o => o with { Now = Now });

        // Then
        Assert.Equal(["Harbour reopens after three-day storm"], Load(site, "feed.xml").Items.Select(i => i.Title.Text));
    }
}
