using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace StaticNews.EndToEnd.Tests;

/// <summary>The sample newsroom's non-HTML outputs, built at <see cref="SampleSiteBuild.Now"/>.</summary>
public sealed class SampleFeedsAndSitemapsTests(SampleSiteBuild site) : IClassFixture<SampleSiteBuild>
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void Every_feed_parses_as_RSS_and_links_only_to_pages_that_exist()
    {
        var feeds = Directory.EnumerateFiles(site.Output, "feed.xml", SearchOption.AllDirectories).ToList();

        Assert.True(feeds.Count >= 1 + 6 + 12, $"{feeds.Count} feeds");
        foreach (var path in feeds)
        {
            using var reader = XmlReader.Create(path);
            var feed = SyndicationFeed.Load(reader);
            Assert.InRange(feed.Items.Count(), 0, 20);
            Assert.All(feed.Items, item => Assert.True(File.Exists(LocalFile(item.Links[0].Uri)), item.Links[0].Uri.AbsoluteUri));
        }
    }

    [Fact]
    public void Every_sitemap_url_is_a_written_page_and_every_article_is_in_the_sitemap()
    {
        var sitemap = XDocument.Load(Path.Combine(site.Output, "sitemap.xml"));
        var locations = sitemap.Root!.Elements(Sitemaps + "url").Select(u => new Uri(u.Element(Sitemaps + "loc")!.Value)).ToList();

        Assert.All(locations, loc => Assert.True(File.Exists(LocalFile(loc)), loc.AbsoluteUri));
        Assert.Contains(locations, loc => loc.AbsolutePath == "/science/kelby-turbines-pass-first-winter-test/");
        Assert.DoesNotContain(locations, loc => loc.AbsolutePath == "/world/skarvik-port-reopens/");
        Assert.Equal(site.Result.ArticleCount, locations.Count(loc => loc.AbsolutePath.Count(c => c == '/') == 3 && !loc.AbsolutePath.Contains("/page/")
            && !loc.AbsolutePath.StartsWith("/authors/", StringComparison.Ordinal) && !loc.AbsolutePath.StartsWith("/tags/", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_news_sitemap_holds_the_three_stories_of_the_last_two_days_the_running_live_blog_among_them()
    {
        var news = XDocument.Load(Path.Combine(site.Output, "news-sitemap.xml"));

        Assert.Equal(
            ["https://news.example.org/world/druvia-reopens-skarvik-breakwater/", "https://news.example.org/science/kelby-turbines-pass-first-winter-test/",
             "https://news.example.org/world/storm-petra-live-gales-close-castell-port/"],
            news.Root!.Elements(Sitemaps + "url").Select(u => u.Element(Sitemaps + "loc")!.Value));
    }

    [Fact]
    public void The_old_address_of_a_renamed_story_redirects_to_it()
    {
        var html = File.ReadAllText(Path.Combine(site.Output, "world", "skarvik-port-reopens", "index.html"));

        Assert.Contains("content=\"0; url=https://news.example.org/world/druvia-reopens-skarvik-breakwater/\"", html);
    }

    private string LocalFile(Uri url)
    {
        var path = url.AbsolutePath.TrimStart('/');
        return Path.Combine(site.Output, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);
    }
}
