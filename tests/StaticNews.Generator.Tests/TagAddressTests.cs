using System.Xml.Linq;

namespace StaticNews.Generator.Tests;

/// <summary>Tag pages in any script and with awkward names: where they are written and how every file links to them.</summary>
public sealed class TagAddressTests
{
    private const string Greek = "%CF%80%CE%BF%CE%BB%CE%B9%CF%84%CE%B9%CE%BA%CE%AE";
    private const string Cyrillic = "%D1%8D%D0%BA%D0%BE%D0%BD%D0%BE%D0%BC%D0%B8%D0%BA%D0%B0";
    private const string Japanese = "%E7%B5%8C%E6%B8%88";

    [Fact]
    public async Task A_tag_in_Greek_Cyrillic_or_Japanese_gets_its_page_in_a_folder_of_its_own_name()
    {
        // Given a story tagged in three scripts
        using var scratch = new ScratchSite();
        scratch.Write("world/quay-lights.md", ScratchSite.Article("The quay lights are back.", "tags: [Πολιτική, Экономика, 経済, storms]\n"));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then each tag has its page in a UTF-8 folder, named in its own letters (not character references),
        // the story links to it percent-encoded, and the link check passes
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        Assert.Contains("<h1 class=\"listing__heading\">Πολιτική</h1>", scratch.Site.ReadOutput("tags/πολιτική/index.html"));
        Assert.Contains("<h1 class=\"listing__heading\">Экономика</h1>", scratch.Site.ReadOutput("tags/экономика/index.html"));
        Assert.Contains("<h1 class=\"listing__heading\">経済</h1>", scratch.Site.ReadOutput("tags/経済/index.html"));
        var story = scratch.Site.ReadOutput("world/quay-lights/index.html");
        Assert.Contains($"href=\"/news/tags/{Greek}/\"", story);
        Assert.Contains($"href=\"/news/tags/{Cyrillic}/\"", story);
        Assert.Contains($"href=\"/news/tags/{Japanese}/\"", story);
        Assert.Contains($"rel=\"canonical\" href=\"https://fixture.example.org/news/tags/{Greek}/\"", scratch.Site.ReadOutput("tags/πολιτική/index.html"));
    }

    [Fact]
    public async Task The_sitemap_lists_a_non_Latin_tag_page_at_its_percent_encoded_URL_and_stays_well_formed()
    {
        // Given
        using var scratch = new ScratchSite();
        scratch.Write("world/quay-lights.md", ScratchSite.Article("The quay lights are back.", "tags: [Πολιτική, 経済]\n"));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        XNamespace sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = XDocument.Parse(scratch.Site.ReadOutput("sitemap.xml")).Descendants(sitemaps + "loc").Select(l => l.Value).ToList();
        Assert.Contains($"https://fixture.example.org/news/tags/{Greek}/", locations);
        Assert.Contains($"https://fixture.example.org/news/tags/{Japanese}/", locations);
        Assert.All(locations, l => Assert.True(l.All(char.IsAscii), l));
        var feed = XDocument.Parse(scratch.Site.ReadOutput("feed.xml"));
        Assert.Contains(feed.Descendants("category"), c => c.Value == "Πολιτική");
        Assert.All(feed.Descendants("link").Select(l => l.Value), l => Assert.True(l.All(char.IsAscii), l));
    }

    [Fact]
    public async Task A_non_Latin_tag_page_that_spills_onto_page_two_links_both_ways_with_encoded_addresses()
    {
        // Given page_size 2 and three stories with one Cyrillic tag
        using var scratch = new ScratchSite();
        foreach (var (slug, day) in new[] { ("one", 20), ("two", 21), ("three", 22) })
            scratch.Write($"world/{slug}.md", $"---\ntitle: \"Story {slug}\"\ndate: 2026-03-{day}T08:00:00Z\nsection: world\ntags: [Экономика]\n---\n\nText.\n");

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        Assert.Contains($"href=\"/news/tags/{Cyrillic}/page/2/\"", scratch.Site.ReadOutput("tags/экономика/index.html"));
        Assert.Contains($"href=\"/news/tags/{Cyrillic}/\"", scratch.Site.ReadOutput("tags/экономика/page/2/index.html"));
    }

    [Fact]
    public async Task A_tag_named_like_a_Windows_device_is_written_to_a_folder_Windows_can_hold()
    {
        // Given
        using var scratch = new ScratchSite();
        scratch.Write("world/quay-lights.md", ScratchSite.Article("The quay lights are back.", "tags: [CON, Aux]\n"));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        Assert.True(scratch.Site.OutputExists("tags/con-tag/index.html"));
        Assert.True(scratch.Site.OutputExists("tags/aux-tag/index.html"));
        Assert.False(Directory.Exists(Path.Combine(scratch.Site.Output, "tags", "con")));
        Assert.Contains("href=\"/news/tags/con-tag/\"", scratch.Site.ReadOutput("world/quay-lights/index.html"));
    }

    [Fact]
    public async Task Two_different_tags_that_share_a_slug_are_a_warning_at_the_tags_line_of_the_odd_one()
    {
        // Given storm-closes-harbour is tagged "storms" and a new story "Storms!" (the same words) and "C#" beside "C"
        using var scratch = new ScratchSite();
        scratch.Write("world/quay-lights.md", ScratchSite.Article("The quay lights are back.", "tags: [Storms!, C]\n"));
        scratch.Write("world/code-school.md", ScratchSite.Article("A coding school opens.", "slug: code-school\ntags: [\"C#\"]\n"));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then only C# is reported, at its file's tags: line, and the build still succeeds
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SN0405");
        Assert.False(warning.IsError);
        Assert.EndsWith("world/code-school.md", warning.Path);
        Assert.Equal(7, warning.Line);
        Assert.Contains("'C#'", warning.Message);
        Assert.Contains("'C'", warning.Message);
        Assert.Contains("tags/c/", warning.Message);
    }

    [Fact]
    public async Task Two_different_tags_with_one_slug_in_one_article_are_a_warning_and_the_second_is_left_out()
    {
        // Given
        using var scratch = new ScratchSite();
        scratch.Write("world/quay-lights.md", ScratchSite.Article("The quay lights are back.", "tags: [C, \"C++\", Storms, storms!]\n"));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then only C++ is reported; the page links C and storms once each
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SN0405");
        Assert.EndsWith("world/quay-lights.md", warning.Path);
        Assert.Equal(6, warning.Line);
        Assert.Contains("'C++'", warning.Message);
        var story = scratch.Site.ReadOutput("world/quay-lights/index.html");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(story, "href=\"/news/tags/c/\""));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(story, "href=\"/news/tags/storms/\""));
    }

    [Fact]
    public async Task A_tag_too_long_for_a_folder_name_is_an_error_at_its_line_not_a_failed_write()
    {
        // Given a tag of 90 CJK letters: 270 bytes of UTF-8, more than a folder name may hold
        using var scratch = new ScratchSite();
        scratch.Write("world/quay-lights.md", ScratchSite.Article("The quay lights are back.", $"tags: [{new string('経', 90)}]\n"));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("SN0111", error.Code);
        Assert.EndsWith("world/quay-lights.md", error.Path);
        Assert.Equal(6, error.Line);
        Assert.Contains("270 bytes", error.Message);
    }

    [Fact]
    public async Task A_tag_with_no_letters_or_digits_is_a_warning_instead_of_vanishing_silently()
    {
        // Given
        using var scratch = new ScratchSite();
        scratch.Write("world/quay-lights.md", ScratchSite.Article("The quay lights are back.", "tags: [\"!!!\", storms]\n"));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SN0114");
        Assert.EndsWith("world/quay-lights.md", warning.Path);
        Assert.Equal(6, warning.Line);
        Assert.Contains("'!!!'", warning.Message);
    }
}
