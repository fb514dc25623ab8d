using StaticNews.Generator.Diagnostics;
using StaticNews.Import.MarkdownSites;
using StaticNews.TestSupport;

namespace StaticNews.Import.Tests.MarkdownSites;

public sealed class JekyllImportTests : IDisposable
{
    private static readonly string Site = RepositoryPaths.Fixture("import", "jekyll-site");
    private readonly ImportedFolder folder = new();

    private ImportReport Import() => new JekyllImporter().Import(folder.Request(Site));

    [Fact]
    public async Task Imported_Jekyll_site_builds_with_no_errors()
    {
        // Given
        var report = Import();

        // When
        var diagnostics = await folder.BuildAsync();

        // Then
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }

    [Theory]
    [InlineData("weather/alerts/2022/09/10/flood-warning.html", "/weather/flood-warning/")]
    [InlineData("flood/", "/weather/flood-warning/")]
    [InlineData("2022/flood-warning.html", "/weather/flood-warning/")]
    [InlineData("weather/2022/09/01/rain-record.html", "/weather/rain-record/")]
    public async Task Permalinks_and_redirect_from_get_redirect_pages_to_their_article(string oldPath, string article)
    {
        // Given
        Import();

        // When
        await folder.BuildAsync();

        // Then
        var page = oldPath.EndsWith(".html", StringComparison.Ordinal)
            ? File.ReadAllText(Path.Combine(folder.Output, oldPath))
            : folder.Page(oldPath);
        Assert.Contains($"url=https://post.example.net{article}\"", page);
    }

    [Fact]
    public void Front_matter_and_Liquid_tags_with_an_equivalent_are_converted_and_the_rest_reported()
    {
        // When
        var report = Import();

        // Then
        var article = folder.Read("weather/flood-warning.md");
        Assert.Contains("date: 2022-09-10\n", article);
        Assert.Contains("summary: \"Water levels rise after a week of rain.\"", article);
        Assert.Contains("authors: [\"sam-lee\"]", article);
        Assert.Contains("tags: [\"flood\", \"river\", \"alerts\"]", article);
        Assert.Contains("[record rain](xref:rain-record)", article);
        Assert.Contains("::: embed https://www.youtube.com/watch?v=xyz789ABCde\n:::", article);
        Assert.Contains("```ruby\nputs \"stay safe\"\n```", article);
        Assert.Contains("image: {src: \"images/assets/rain.png\", alt: \"A record month of rain\"}", folder.Read("weather/rain-record.md"));
        Assert.Contains("draft: true", folder.Read("news/ideas.md"));
        Assert.Contains("- slug: sam-lee\n  name: \"Sam Lee\"", folder.Read("authors.yml"));
        Assert.Contains(report.Diagnostics, d => d.Code == Codes.ImportUnknownShortcode && d.Message.Contains("{% gallery %}"));
        Assert.Contains(report.Diagnostics, d => d.Code == Codes.ImportUnknownShortcode && d.Message.Contains("site.title"));
    }

    public void Dispose() => folder.Dispose();
}
