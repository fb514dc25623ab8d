using StaticNews.Generator.Diagnostics;
using StaticNews.Import.MarkdownSites;
using StaticNews.TestSupport;

namespace StaticNews.Import.Tests.MarkdownSites;

public sealed class HugoImportTests : IDisposable
{
    private static readonly string Site = RepositoryPaths.Fixture("import", "hugo-site");
    private readonly ImportedFolder folder = new();

    private ImportReport Import() => new HugoImporter().Import(folder.Request(Site));

    [Fact]
    public async Task Imported_Hugo_site_builds_with_no_errors()
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
    [InlineData("2023/05/council-vote/", "/news/council-vote/")]
    [InlineData("old/council.html", "/news/council-vote/")]
    [InlineData("sport/derby_day/", "/sport/derby-day/")]
    public async Task Aliases_and_old_addresses_get_redirect_pages_to_their_article(string oldPath, string article)
    {
        // Given
        Import();

        // When
        await folder.BuildAsync();

        // Then
        var page = oldPath.EndsWith(".html", StringComparison.Ordinal)
            ? File.ReadAllText(Path.Combine(folder.Output, oldPath))
            : folder.Page(oldPath);
        Assert.Contains($"url=https://herald.example.org{article}\"", page);
    }

    [Fact]
    public void Front_matter_and_shortcodes_with_an_equivalent_are_converted_and_the_rest_reported()
    {
        // When
        var report = Import();

        // Then
        var article = folder.Read("news/council-vote.md");
        Assert.Contains("date: 2023-05-02T10:00:00+02:00", article);
        Assert.Contains("authors: [\"jane-roe\"]", article);
        Assert.Contains("tags: [\"council\", \"budget\", \"Politics\"]", article);
        Assert.Contains("image: {src: \"images/hall.png\", alt: \"Council votes for a new budget\"}", article);
        Assert.Contains("[bridge opening](xref:bridge-opens)", article);
        Assert.Contains("::: embed https://www.youtube.com/watch?v=abc123XYZ_0\n:::", article);
        Assert.Contains("![Town hall](images/hall.png)\n\n*The town hall at noon*", article);
        Assert.DoesNotContain("script", article);
        Assert.Contains("![The bridge](images/content/news/bridge-opens/bridge.png)", folder.Read("news/bridge-opens.md"));
        Assert.Contains(report.Diagnostics, d => d.Code == Codes.ImportUnknownShortcode && d.Message.Contains("poll"));
        Assert.Contains(report.Diagnostics, d => d.Code == Codes.ImportDroppedContent && d.Message.Contains("<script>"));
        Assert.Contains(report.Diagnostics, d => d.Code == Codes.ImportSkippedItem && d.Path.EndsWith("about.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_unreadable_post_is_an_error_at_its_file_and_nothing_is_written()
    {
        // Given
        using var site = new TempFolder();
        Directory.CreateDirectory(site.Combine("content", "news"));
        File.WriteAllText(site.Combine("content", "news", "toml.md"), "+++\ntitle = \"TOML\"\n+++\nText.\n");
        File.WriteAllText(site.Combine("content", "news", "untitled.md"), "---\ndate: 2023-01-01\n---\nText.\n");
        File.WriteAllText(site.Combine("content", "news", "fine.md"), "---\ntitle: Fine\ndate: 2023-01-01\n---\nText.\n");

        // When
        var report = new HugoImporter().Import(folder.Request(site.Path));

        // Then
        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.Code == Codes.ImportInvalidFrontMatter && d.Path.EndsWith("toml.md", StringComparison.Ordinal) && d.Message.Contains("hugo convert toYAML"));
        Assert.Contains(report.Diagnostics, d => d.Code == Codes.ImportMissingTitle && d.Path.EndsWith("untitled.md", StringComparison.Ordinal));
        Assert.Empty(folder.Snapshot());
    }

    public void Dispose() => folder.Dispose();
}
