using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace StaticNews.Generator.Tests.Publishing;

/// <summary>
/// Characters text fields accept although they are invisible or reorder text (tab, line separator, bidi controls,
/// zero-width space, no-break space) reach every output intact and leave each one well-formed. The site is built once.
/// </summary>
public sealed class InvisibleCharacterOutputTests : IAsyncLifetime
{
    /// <summary>As written in YAML escapes, and as the pages must show it.</summary>
    private const string Escaped = @"Quay\tlights \u202Erestored\u202C at\u00A0dawn\u200B\u2028again \U0001F6A2";
    private const string Text = "Quay\tlights \u202Erestored\u202C at\u00A0dawn\u200B\u2028again \U0001F6A2";

    private readonly ScratchSite scratch = new();

    public async Task InitializeAsync()
    {
        var siteYml = scratch.InputPath("site.yml");
        await File.WriteAllTextAsync(siteYml, File.ReadAllText(siteYml).Replace("name: \"Fixture Gazette\"", $"name: \"{Escaped}\""));
        var authorsYml = scratch.InputPath("authors.yml");
        await File.WriteAllTextAsync(authorsYml, File.ReadAllText(authorsYml).Replace("name: \"Ana Lima\"", $"name: \"{Escaped}\""));
        scratch.Write("world/quay-lights.md",
            $"---\ntitle: \"{Escaped}\"\ndate: 2026-03-20T08:00:00Z\nsection: world\nauthors: [ana-lima]\nsummary: \"{Escaped}\"\n" +
            $"tags: [\"{Escaped}\"]\nimage: {{src: images/harbour.svg, alt: \"{Escaped}\", caption: \"{Escaped}\", credit: \"{Escaped}\"}}\n---\n\nBody.\n");
        var result = await scratch.Site.BuildAsync(o => o with { Now = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero) });
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
    }

    public Task DisposeAsync()
    {
        scratch.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void Every_feed_and_sitemap_is_well_formed_xml()
    {
        // Given the built site / When every XML file is read with XML's character checks
        var files = Directory.EnumerateFiles(scratch.Site.Output, "*.xml", SearchOption.AllDirectories).ToList();

        // Then
        Assert.NotEmpty(files);
        Assert.All(files, file => XDocument.Load(file));
    }

    [Fact]
    public void The_site_feed_carries_the_title_summary_author_tag_and_caption_unchanged()
    {
        // Given
        var feed = XDocument.Load(Path.Combine(scratch.Site.Output, "feed.xml"));

        // When
        var item = feed.Descendants("item").Single(i => i.Element("link")!.Value.EndsWith("/world/quay-lights/", StringComparison.Ordinal));

        // Then
        Assert.Equal(Text, feed.Descendants("channel").Single().Element("title")!.Value);
        Assert.Equal(Text, item.Element("title")!.Value);
        Assert.Equal(Text, item.Element("description")!.Value);
        Assert.Contains(Text, item.Elements("category").Select(c => c.Value));
        Assert.Contains(Text, item.Descendants().Where(e => e.Name.LocalName == "creator").Select(e => e.Value));
        Assert.Contains(Text, item.Descendants().Where(e => e.Name.LocalName == "credit").Select(e => e.Value));
    }

    [Fact]
    public void The_article_page_shows_the_headline_and_its_structured_data_parses_as_json()
    {
        // Given
        var html = scratch.Site.ReadOutput("world/quay-lights/index.html");

        // When
        var headline = Regex.Match(html, "<h1 class=\"story__headline\">(.*?)</h1>", RegexOptions.Singleline).Groups[1].Value;
        var structuredData = Regex.Matches(html, "<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline);

        // Then
        Assert.Equal(Text, WebUtility.HtmlDecode(headline));
        Assert.NotEmpty(structuredData);
        Assert.All(structuredData, match => JsonDocument.Parse(match.Groups[1].Value).Dispose());
        Assert.Contains(structuredData, match => match.Groups[1].Value.Contains("\"headline\"", StringComparison.Ordinal)
            && JsonDocument.Parse(match.Groups[1].Value).RootElement.GetProperty("headline").GetString() == Text);
    }

    [Fact]
    public void The_search_index_parses_and_holds_the_headline_and_tag_unchanged()
    {
        // Given
        using var index = JsonDocument.Parse(scratch.Site.ReadOutput("search/index.json"));

        // When
        var entry = index.RootElement.EnumerateArray().Single(e => e.GetProperty("url").GetString()!.EndsWith("/world/quay-lights/", StringComparison.Ordinal));

        // Then
        Assert.Equal(Text, entry.GetProperty("headline").GetString());
        Assert.Equal(Text, entry.GetProperty("summary").GetString());
        Assert.Equal([Text], entry.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }
}
