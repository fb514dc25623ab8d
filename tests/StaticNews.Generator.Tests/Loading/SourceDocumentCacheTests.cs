using System.Text;
using StaticNews.Generator.Loading;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Loading;

public sealed class SourceDocumentCacheTests
{
    [Fact]
    public async Task A_second_run_reuses_every_unchanged_article_and_generates_the_same_site()
    {
        // Given
        var options = new BuildOptions { InputDirectory = RepositoryPaths.Fixture("valid", "newsroom", "input") };
        var cache = new SourceDocumentCache();

        // When
        await new SiteGenerator(documents: cache).GenerateAsync(options);
        var reused = await new SiteGenerator(documents: cache).GenerateAsync(options);
        var fresh = await new SiteGenerator().GenerateAsync(options);

        // Then
        Assert.Equal(4, cache.Hits);
        Assert.Equal(Contents(fresh), Contents(reused));
        Assert.Equal(fresh.Diagnostics, reused.Diagnostics);
    }

    [Fact]
    public async Task An_unchanged_article_shows_the_new_headline_of_the_article_it_cross_links()
    {
        // Given harbour-reopens.md cross-links storm-closes-harbour with an empty link text
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.Fixture("valid", "newsroom", "input"), "input");
        var options = new BuildOptions { InputDirectory = input };
        var cache = new SourceDocumentCache();
        await new SiteGenerator(documents: cache).GenerateAsync(options);

        // When only the linked article's headline changes
        var target = Path.Combine(input, "world", "storm-closes-harbour.md");
        var text = File.ReadAllText(target);
        var title = text.Split('\n').Single(line => line.StartsWith("title:", StringComparison.Ordinal));
        File.WriteAllText(target, text.Replace(title, "title: \"Gales shut the harbour for a third day\""));
        var second = await new SiteGenerator(documents: cache).GenerateAsync(options);

        // Then the reused article's link shows the new headline
        Assert.Equal(3, cache.Hits);
        Assert.Contains("READ MORE: <a href=\"/news/world/storm-closes-harbour/\">Gales shut the harbour for a third day</a>",
            Contents(second)["world/harbour-reopens/index.html"]);
    }

    [Fact]
    public async Task An_unchanged_article_still_reports_a_cross_link_to_an_article_that_is_gone()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.Fixture("valid", "newsroom", "input"), "input");
        var options = new BuildOptions { InputDirectory = input };
        var cache = new SourceDocumentCache();
        await new SiteGenerator(documents: cache).GenerateAsync(options);

        File.Delete(Path.Combine(input, "world", "storm-closes-harbour.md"));
        var second = await new SiteGenerator(documents: cache).GenerateAsync(options);

        Assert.Contains(second.Diagnostics, d => d.Code == "SN0301" && d.Path.EndsWith("harbour-reopens.md", StringComparison.Ordinal));
    }

    private static SortedDictionary<string, string> Contents(GeneratedSite site) => new(
        site.Files.ToDictionary(file => file.Path, file =>
        {
            using var reader = new StreamReader(file.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        }),
        StringComparer.Ordinal);

    [Fact]
    public async Task Switching_raw_html_on_reparses_every_article_instead_of_reusing_the_escaped_ones()
    {
        // Given an article with raw HTML, generated once with raw HTML off
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.Fixture("valid", "newsroom", "input"), "input");
        var article = Path.Combine(input, "business", "port-fees-rise.md");
        File.AppendAllText(article, "\n<aside class=\"fact\">Fees last rose in 2019.</aside>\n");
        var options = new BuildOptions { InputDirectory = input };
        var cache = new SourceDocumentCache();
        var escaped = await new SiteGenerator(documents: cache).GenerateAsync(options);

        // When site.yml switches raw HTML on and nothing else changes
        File.AppendAllText(Path.Combine(input, "site.yml"), "raw_html: true\n");
        var raw = await new SiteGenerator(documents: cache).GenerateAsync(options);

        // Then the article is parsed again with the new setting
        Assert.Contains("&lt;aside", Contents(escaped)["business/port-fees-rise/index.html"]);
        Assert.Contains("<aside class=\"fact\">", Contents(raw)["business/port-fees-rise/index.html"]);
    }
}
