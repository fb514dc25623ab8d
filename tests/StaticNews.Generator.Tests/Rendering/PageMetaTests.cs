using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Rendering;

/// <summary>Structured data, Open Graph, Twitter card, canonical link and meta description in every page's head.</summary>
public sealed class PageMetaTests : IClassFixture<PageSnapshotTests.BuiltNewsroom>
{
    private readonly FixtureSite site;

    public PageMetaTests(PageSnapshotTests.BuiltNewsroom newsroom) => site = newsroom.Site;

    public static TheoryData<string, string> PageTypes() => new()
    {
        { "index.html", "https://fixture.example.org/news/" },
        { "world/harbour-reopens/index.html", "https://fixture.example.org/news/world/harbour-reopens/" },
        { "world/storm-closes-harbour/index.html", "https://fixture.example.org/news/world/storm-closes-harbour/" },
        { "world/index.html", "https://fixture.example.org/news/world/" },
        { "authors/ana-lima/index.html", "https://fixture.example.org/news/authors/ana-lima/" },
        { "tags/shipping/page/2/index.html", "https://fixture.example.org/news/tags/shipping/page/2/" },
        { "search/index.html", "https://fixture.example.org/news/search/" },
        { "404.html", "https://fixture.example.org/news/404.html" },
    };

    [Theory]
    [MemberData(nameof(PageTypes))]
    public void Every_page_type_has_a_canonical_link_a_description_and_Open_Graph_tags(string path, string canonical)
    {
        using var page = Parse(path);

        Assert.Equal(canonical, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "name", "description")));
        Assert.Equal(canonical, Meta(page, "property", "og:url"));
        Assert.Equal("Fixture Gazette", Meta(page, "property", "og:site_name"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "property", "og:title")));
        Assert.False(string.IsNullOrWhiteSpace(Meta(page, "property", "og:description")));
        Assert.NotNull(Meta(page, "name", "twitter:card"));
    }

    [Fact]
    public void An_article_with_an_image_carries_article_Open_Graph_tags_and_a_large_Twitter_card()
    {
        using var page = Parse("world/harbour-reopens/index.html");

        Assert.Equal("article", Meta(page, "property", "og:type"));
        Assert.Equal("2026-03-18T08:30:00+00:00", Meta(page, "property", "article:published_time"));
        Assert.Equal("2026-03-20T10:00:00+00:00", Meta(page, "property", "article:modified_time"));
        Assert.Equal("World", Meta(page, "property", "article:section"));
        Assert.Equal(["storms", "shipping"], All(page, "property", "article:tag"));
        Assert.Equal(["https://fixture.example.org/news/authors/ana-lima/", "https://fixture.example.org/news/authors/ben-okoro/"], All(page, "property", "article:author"));
        Assert.Equal("https://fixture.example.org/news/images/harbour.svg", Meta(page, "property", "og:image"));
        Assert.Equal("summary_large_image", Meta(page, "name", "twitter:card"));
        Assert.Equal("summary", Meta(Parse("world/storm-closes-harbour/index.html"), "name", "twitter:card"));
    }

    [Fact]
    public void An_article_carries_NewsArticle_JSON_LD_with_every_property_search_engines_read()
    {
        using var page = Parse("world/harbour-reopens/index.html");

        var json = JsonLd(page);

        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", json.GetProperty("@type").GetString());
        Assert.Equal("Harbour reopens after three-day storm", json.GetProperty("headline").GetString());
        Assert.Equal("Ferries sail again as crews clear debris from the quays.", json.GetProperty("description").GetString());
        Assert.Equal("https://fixture.example.org/news/images/harbour.svg", json.GetProperty("image").GetProperty("url").GetString());
        Assert.Equal("The east quay on Tuesday morning.", json.GetProperty("image").GetProperty("caption").GetString());
        Assert.Equal("Photo desk", json.GetProperty("image").GetProperty("creditText").GetString());
        Assert.Equal("2026-03-18T08:30:00+00:00", json.GetProperty("datePublished").GetString());
        Assert.Equal("2026-03-20T10:00:00+00:00", json.GetProperty("dateModified").GetString());
        var authors = json.GetProperty("author").EnumerateArray().ToList();
        Assert.Equal(["Person", "Person"], authors.Select(a => a.GetProperty("@type").GetString()));
        Assert.Equal("https://fixture.example.org/news/authors/ana-lima/", authors[0].GetProperty("url").GetString());
        var publisher = json.GetProperty("publisher");
        Assert.Equal("Organization", publisher.GetProperty("@type").GetString());
        Assert.Equal("Fixture Gazette", publisher.GetProperty("name").GetString());
        Assert.Equal("https://fixture.example.org/news/images/harbour.svg", publisher.GetProperty("logo").GetProperty("url").GetString());
        Assert.Equal("World", json.GetProperty("articleSection").GetString());
        Assert.Equal(["storms", "shipping"], json.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("https://fixture.example.org/news/world/harbour-reopens/", json.GetProperty("mainEntityOfPage").GetProperty("@id").GetString());
        var correction = json.GetProperty("correction").EnumerateArray().Single();
        Assert.Equal("CorrectionComment", correction.GetProperty("@type").GetString());
        Assert.StartsWith("An earlier version", correction.GetProperty("text").GetString());
    }

    [Fact]
    public void The_home_page_carries_WebSite_and_Organization_JSON_LD()
    {
        using var page = Parse("index.html");

        var graph = JsonLd(page).GetProperty("@graph").EnumerateArray().ToList();

        var website = graph.Single(n => n.GetProperty("@type").GetString() == "WebSite");
        var organization = graph.Single(n => n.GetProperty("@type").GetString() == "Organization");
        Assert.Equal("https://fixture.example.org/news/", website.GetProperty("url").GetString());
        Assert.Equal("Fixture Gazette", website.GetProperty("name").GetString());
        Assert.Equal(organization.GetProperty("@id").GetString(), website.GetProperty("publisher").GetProperty("@id").GetString());
        Assert.Equal("https://fixture.example.org/news/images/harbour.svg", organization.GetProperty("logo").GetProperty("url").GetString());
        Assert.Equal("website", Meta(page, "property", "og:type"));
    }

    [Fact]
    public async Task A_headline_that_closes_the_script_element_stays_inside_the_JSON_LD()
    {
        // Given a headline written to break out of <script>
        const string Hostile = "Storm </script><script>alert('x')</script> & more";
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.Fixture("valid", "newsroom", "input"), "input");
        var article = Path.Combine(input, "world", "storm-closes-harbour.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("title: \"Storm closes harbour for the first time in a decade\"", $"title: \"{Hostile}\""));
        using var hostile = new FixtureSite(input);

        // When
        await hostile.BuildAsync();
        var html = hostile.ReadOutput("world/storm-closes-harbour/index.html");
        using var page = new HtmlParser().ParseDocument(html);

        // Then the page has no script element besides the JSON-LD, and the JSON reads back the headline (its quotes curled)
        Assert.Single(page.QuerySelectorAll("script"));
        Assert.Equal(Hostile.Replace("'x'", "\u2018x\u2019"), JsonLd(page).GetProperty("headline").GetString());
    }

    [Fact]
    public void An_article_with_corrections_shows_them_in_a_box_and_an_updated_line()
    {
        using var page = Parse("world/harbour-reopens/index.html");

        Assert.Contains("An earlier version of this article gave the wrong day", page.QuerySelector(".corrections")?.TextContent);
        Assert.Equal("2026-03-20T10:00:00+00:00", page.QuerySelector(".story-meta__updated time")?.GetAttribute("datetime"));
    }

    [Fact]
    public void An_alias_becomes_a_redirect_page_pointing_at_the_article()
    {
        using var page = Parse("world/harbour-open-again/index.html");

        Assert.Equal("0; url=https://fixture.example.org/news/world/harbour-reopens/", page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
        Assert.Equal("https://fixture.example.org/news/world/harbour-reopens/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("/news/world/harbour-reopens/", page.QuerySelector("a")?.GetAttribute("href"));
    }

    private IDocument Parse(string path) => new HtmlParser().ParseDocument(site.ReadOutput(path));

    private static string? Meta(IDocument page, string attribute, string name) =>
        page.QuerySelector($"meta[{attribute}='{name}']")?.GetAttribute("content");

    private static List<string?> All(IDocument page, string attribute, string name) =>
        page.QuerySelectorAll($"meta[{attribute}='{name}']").Select(m => m.GetAttribute("content")).ToList();

    private static JsonElement JsonLd(IDocument page) =>
        JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
}
