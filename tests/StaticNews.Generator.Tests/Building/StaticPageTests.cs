namespace StaticNews.Generator.Tests.Building;

public sealed class StaticPageTests
{
    private const string About = "---\ntitle: \"About the Gazette\"\nsummary: \"Who we are.\"\nupdated: 2026-02-01\n---\n\nThe Gazette is a *small* newsroom.\n";

    [Fact]
    public async Task A_page_in_input_pages_is_published_at_its_slug_and_in_the_sitemap_but_in_no_feed_news_sitemap_or_search_index()
    {
        // Given
        using var scratch = new ScratchSite();
        scratch.Write("pages/about.md", About);

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var page = scratch.Site.ReadOutput("about/index.html");
        Assert.Contains("<h1 class=\"static-page__title\">About the Gazette</h1>", page);
        Assert.Contains("The Gazette is a <em>small</em> newsroom.", page);
        Assert.Matches("<loc>https://fixture.example.org/news/about/</loc>\\s*<lastmod>2026-02-01", scratch.Site.ReadOutput("sitemap.xml"));
        foreach (var file in new[] { "feed.xml", "news-sitemap.xml", "search/index.json" })
            Assert.DoesNotContain("about", scratch.Site.ReadOutput(file), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("About the Gazette", scratch.Site.ReadOutput("index.html").Split("<footer")[0]);
    }

    [Fact]
    public async Task Article_fields_and_unknown_keys_on_a_page_are_warnings_naming_their_line()
    {
        // Given
        using var scratch = new ScratchSite();
        scratch.Write("pages/about.md", "---\ntitle: \"About\"\nsection: world\nsubtitle: \"x\"\n---\n\nWho we are.\n");

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == "SN0183" && !d.IsError && d.Line == 3 && d.Message.Contains("'section' is an article field", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == "SN0110" && !d.IsError && d.Line == 4 && d.Message.Contains("'subtitle'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_draft_page_is_published_only_with_drafts()
    {
        // Given
        using var scratch = new ScratchSite();
        scratch.Write("pages/about.md", "---\ntitle: \"About\"\ndraft: true\n---\n\nWho we are.\n");

        // When
        var normal = await scratch.Site.BuildAsync();
        var exists = scratch.Site.OutputExists("about/index.html");
        var withDrafts = await scratch.Site.BuildAsync(o => o with { IncludeDrafts = true });

        // Then
        Assert.True(normal.Succeeded && withDrafts.Succeeded, FixtureSite.Describe(normal.Diagnostics.Concat(withDrafts.Diagnostics)));
        Assert.False(exists);
        Assert.True(scratch.Site.OutputExists("about/index.html"));
    }

    [Fact]
    public async Task The_footer_shows_the_groups_of_site_yml_on_every_page_with_page_titles_labels_and_indexes()
    {
        // Given
        using var scratch = new ScratchSite();
        scratch.Write("pages/about.md", About);
        File.AppendAllText(scratch.InputPath("site.yml"),
            "footer:\n  - title: \"The Gazette\"\n    links: [about, {label: \"Newsletter\", url: \"https://letters.example.org/\"}]\n  - title: \"Explore\"\n    links: [world, tags, authors]\n");

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        foreach (var path in new[] { "index.html", "world/harbour-reopens/index.html", "tags/index.html", "about/index.html", "404.html" })
        {
            var footer = scratch.Site.ReadOutput(path).Split("<footer")[1];
            Assert.Contains(">The Gazette</h2>", footer);
            Assert.Contains("href=\"/news/about/\"", footer);
            Assert.Contains(">About the Gazette</a>", footer);
            Assert.Contains("<a href=\"https://letters.example.org/\">Newsletter</a>", footer);
            Assert.Contains(">World</a>", footer);
            Assert.Contains("href=\"/news/tags/\"", footer);
            Assert.Contains("href=\"/news/authors/\"", footer);
        }
    }

    [Fact]
    public async Task Without_a_footer_setting_the_footer_links_the_sections_the_pages_and_both_indexes()
    {
        // Given
        using var scratch = new ScratchSite();
        scratch.Write("pages/about.md", About);

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var footer = scratch.Site.ReadOutput("index.html").Split("<footer")[1];
        foreach (var href in new[] { "/news/world/", "/news/business/", "/news/about/", "/news/tags/", "/news/authors/", "/news/feed.xml" })
            Assert.Contains($"href=\"{href}\"", footer);
    }

    [Fact]
    public async Task Every_correction_box_links_to_the_corrections_policy_page_site_yml_names()
    {
        // Given
        using var scratch = new ScratchSite();
        scratch.Write("pages/corrections.md", "---\ntitle: \"Corrections policy\"\n---\n\nHow we correct mistakes.\n");
        File.AppendAllText(scratch.InputPath("site.yml"), "corrections_policy: corrections\n");

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var box = scratch.Site.ReadOutput("world/harbour-reopens/index.html").Split("class=\"corrections\"")[1].Split("</aside>")[0];
        Assert.Contains("<a href=\"/news/corrections/\">How we correct mistakes</a>", box);
    }

    [Fact]
    public async Task The_tags_and_authors_folders_answer_with_index_pages_of_counts()
    {
        // Given
        using var scratch = new ScratchSite();

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var topics = scratch.Site.ReadOutput("tags/index.html");
        Assert.Contains("<h1 class=\"listing__heading\">Topics A–Z</h1>", topics);
        Assert.Matches("<a href=\"/news/tags/[^\"]+/\">[^<]+</a> <span class=\"az-group__count\">\\d+ stor(y|ies)</span>", topics);
        var people = scratch.Site.ReadOutput("authors/index.html");
        Assert.Contains("<a href=\"/news/authors/ana-lima/\">Ana Lima</a>", people);
        Assert.Matches("<p class=\"people__count\">\\d+ stor(y|ies)</p>", people);
        Assert.Contains("https://fixture.example.org/news/tags/</loc>", scratch.Site.ReadOutput("sitemap.xml"));
    }
}
