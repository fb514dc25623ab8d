using System.Text.Json;

namespace StaticNews.Generator.Tests.LiveCoverage;

/// <summary>The breaking news banner: on every page until its end by the build clock, which is the next scheduled change.</summary>
public sealed class BreakingBannerTests
{
    private const string Entry = "breaking:\n  text: \"Quay closed by flooding\"\n  link: world/\n  until: 2026-03-20T18:00:00Z\n";

    private static void AddBreakingEntry(ScratchSite scratch) =>
        File.WriteAllText(scratch.InputPath("site.yml"), File.ReadAllText(scratch.InputPath("site.yml")) + Entry);

    [Fact]
    public async Task A_breaking_entry_of_site_yml_puts_its_banner_on_every_page_and_its_end_is_the_next_change()
    {
        // Given
        using var scratch = new ScratchSite();
        AddBreakingEntry(scratch);

        // When
        var result = await scratch.Site.BuildAsync(o => o with { Now = LiveBlogSite.Now });

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        // Redirect pages send the reader on at once and show nothing.
        var pages = Directory.EnumerateFiles(scratch.Site.Output, "*.html", SearchOption.AllDirectories)
            .Where(page => !File.ReadAllText(page).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.Contains("<strong class=\"breaking-banner__label\">Breaking</strong>", File.ReadAllText(page)));
        Assert.Contains("<a href=\"/news/world/\">Quay closed by flooding</a>", scratch.Site.ReadOutput("index.html"));
        Assert.Equal(new DateTimeOffset(2026, 3, 20, 18, 0, 0, TimeSpan.Zero), result.NextChange?.At);
        Assert.Equal("expire", result.NextChange?.Kind);
        Assert.Equal("site.yml", result.NextChange?.SourcePath);
    }

    [Fact]
    public async Task The_banner_is_gone_from_every_page_once_the_build_clock_passes_its_end()
    {
        // Given
        using var scratch = new ScratchSite();
        AddBreakingEntry(scratch);

        // When
        var result = await scratch.Site.BuildAsync(o => o with { Now = new DateTimeOffset(2026, 3, 20, 18, 0, 0, TimeSpan.Zero) });

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        Assert.All(Directory.EnumerateFiles(scratch.Site.Output, "*.html", SearchOption.AllDirectories),
            page => Assert.DoesNotContain("breaking-banner", File.ReadAllText(page)));
        Assert.NotEqual("site.yml", result.NextChange?.SourcePath);
    }

    [Fact]
    public async Task A_breaking_article_fills_the_banner_with_its_headline_until_breaking_until()
    {
        // Given
        using var scratch = new ScratchSite();
        LiveBlogSite.WriteInto(scratch, "breaking: true\nbreaking_until: 2026-03-20T15:00:00Z\n");

        // When
        var during = await scratch.Site.BuildAsync(o => o with { Now = LiveBlogSite.Now });
        var duringHome = scratch.Site.ReadOutput("index.html");
        var after = await scratch.Site.BuildAsync(o => o with { Now = new DateTimeOffset(2026, 3, 20, 15, 0, 0, TimeSpan.Zero) });

        // Then
        Assert.True(during.Succeeded, FixtureSite.Describe(during.Diagnostics));
        Assert.Contains("<a href=\"/news/world/quay-live/\">Quay flood live</a>", duringHome);
        Assert.Equal(new DateTimeOffset(2026, 3, 20, 15, 0, 0, TimeSpan.Zero), during.NextChange?.At);
        Assert.Equal("world/quay-live.md", during.NextChange?.SourcePath);
        Assert.True(after.Succeeded, FixtureSite.Describe(after.Diagnostics));
        Assert.DoesNotContain("breaking-banner", scratch.Site.ReadOutput("index.html"));
    }

    [Fact]
    public async Task The_next_change_file_names_the_banner_end_as_an_expiry()
    {
        // Given
        using var scratch = new ScratchSite();
        AddBreakingEntry(scratch);

        // When
        await scratch.Site.BuildAsync(o => o with { Now = LiveBlogSite.Now });

        // Then
        var file = Path.Combine(Path.GetDirectoryName(scratch.Site.Output)!, ".staticnews", "next-change.json");
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal("2026-03-20T18:00:00Z", json.RootElement.GetProperty("next").GetString());
        Assert.Equal("expire", json.RootElement.GetProperty("kind").GetString());
    }
}
