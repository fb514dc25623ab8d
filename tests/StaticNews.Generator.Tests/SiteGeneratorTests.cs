using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests;

public sealed class SiteGeneratorTests
{
    [Fact]
    public async Task The_fixture_newsroom_gets_every_page_type_at_clean_urls()
    {
        using var site = FixtureSite.Newsroom();

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        Assert.Equal(3, result.ArticleCount);
        string[] expected =
        [
            "index.html", "404.html", "assets/css/site.css", "images/harbour.svg",
            "world/harbour-reopens/index.html", "world/storm-closes-harbour/index.html", "business/port-fees-rise/index.html",
            "world/index.html", "business/index.html", "authors/ana-lima/index.html", "authors/ben-okoro/index.html",
            "tags/storms/index.html", "tags/shipping/index.html",
        ];
        Assert.All(expected, path => Assert.True(site.OutputExists(path), path));
    }

    [Fact]
    public async Task Long_listings_are_paginated_newest_first()
    {
        // Given page_size: 2 and two world stories plus... the author ana-lima has two, ben-okoro two
        using var site = FixtureSite.Newsroom();
        await site.BuildAsync(o => o with { IncludeDrafts = true });

        // Then business (port fees, draft) fits one page, while the shipping tag (3 stories) spills onto page 2
        var first = site.ReadOutput("tags/shipping/index.html");
        var second = site.ReadOutput("tags/shipping/page/2/index.html");
        Assert.True(first.IndexOf("Harbour reopens", StringComparison.Ordinal) < first.IndexOf("Unpublished budget story", StringComparison.Ordinal));
        Assert.Contains("Port fees rise by a fifth", second);
        Assert.Contains("href=\"/news/tags/shipping/page/2/\"", first);
        Assert.Contains("href=\"/news/tags/shipping/\"", second);
    }

    [Fact]
    public async Task Every_internal_link_carries_the_base_path_so_the_site_works_from_a_sub_folder()
    {
        using var site = FixtureSite.Newsroom();
        await site.BuildAsync(o => o with { BaseUrl = new Uri("https://example.github.io/gazette/") });

        var html = site.ReadOutput("world/harbour-reopens/index.html");

        Assert.Contains("href=\"/gazette/assets/css/site.css\"", html);
        Assert.Contains("src=\"/gazette/images/harbour.svg\"", html);
        Assert.Contains("href=\"/gazette/world/storm-closes-harbour/\"", html);
        Assert.Contains("rel=\"canonical\" href=\"https://example.github.io/gazette/world/harbour-reopens/\"", html);
        Assert.DoesNotContain("href=\"/world/", html);
    }

    [Fact]
    public async Task Two_builds_of_the_same_input_are_byte_identical()
    {
        using var first = FixtureSite.Newsroom();
        using var second = FixtureSite.Newsroom();

        await first.BuildAsync();
        await second.BuildAsync();

        Assert.Equal(FolderSnapshot.Of(first.Output), FolderSnapshot.Of(second.Output));
    }

    [Fact]
    public async Task Parallel_rendering_gives_the_same_bytes_as_one_worker()
    {
        using var parallel = FixtureSite.Newsroom();
        using var single = FixtureSite.Newsroom();

        await parallel.BuildAsync(workers: 4);
        await single.BuildAsync(workers: 1);

        Assert.Equal(FolderSnapshot.Of(single.Output), FolderSnapshot.Of(parallel.Output));
    }

    [Fact]
    public async Task A_failed_build_leaves_the_previous_output_untouched()
    {
        // Given a good build
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.Fixture("valid", "newsroom", "input"), "input");
        using var site = new FixtureSite(input);
        await site.BuildAsync();
        var before = FolderSnapshot.Of(site.Output);

        // When an article breaks
        File.WriteAllText(Path.Combine(input, "world", "harbour-reopens.md"), "---\ntitle: [broken\n---\nBody");
        var result = await site.BuildAsync();

        // Then
        Assert.False(result.Succeeded);
        Assert.Equal(before, FolderSnapshot.Of(site.Output));
    }
}
