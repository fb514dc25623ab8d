using StaticNews.Generator.Checking;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;

namespace StaticNews.Generator.Tests.Checking;

public sealed class BrokenLinkReporterTests
{
    [Fact]
    public async Task A_link_the_theme_writes_on_many_pages_is_one_error_naming_some_of_them()
    {
        // Given the fixture newsroom and a reference no article source contains, broken on four pages
        using var fixture = FixtureSite.Newsroom();
        var generated = await new SiteGenerator().GenerateAsync(new BuildOptions { InputDirectory = fixture.Input });
        var diagnostics = new DiagnosticBag();
        string[] pages = ["world/storm-closes-harbour/index.html", "index.html", "world/index.html", "business/index.html"];

        // When
        new BrokenLinkReporter(generated.Site!, InputFolder.From(fixture.Input), diagnostics)
            .Report(pages.Select(page => new BrokenLink(page, "/news/feeds/all.xml")).ToList());

        // Then
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(Codes.BrokenInternalLink, error.Code);
        Assert.Equal("business/index.html", error.Path);
        Assert.Contains("'/news/feeds/all.xml'", error.Message);
        Assert.Contains("business/index.html, index.html, world/index.html and 1 more", error.Message);
        Assert.Contains("theme", error.Message);
    }
}
