using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Incremental;
using StaticNews.Generator.Loading;
using StaticNews.Generator.Writing;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Loading;

/// <summary>
/// A build that takes unchanged articles from the article cache must equal a cold build (<c>--no-cache</c>) byte for
/// byte, diagnostics included, whatever changed since the cache was written.
/// </summary>
public sealed class ArticleCacheTests : IDisposable
{
    private static DateTimeOffset Now => CorpusSite.Now;
    private readonly CorpusSite corpus = new(articles: 60);
    private string Linked => corpus.Stories[0];
    private string Linking => corpus.Stories[1];
    private string LinkedSlug => Path.GetFileNameWithoutExtension(Linked);

    [Fact]
    public async Task Editing_one_article_renders_only_its_body_and_equals_a_cold_build()
    {
        // Given a site built once, so the cache holds every body
        Assert.True((await Build()).Result.Succeeded);

        // When one article changes
        File.AppendAllText(Linking, "\nA late paragraph from the quay.\n");
        var (warm, cache) = await Build();

        // Then only that body was rendered again, and the output equals a cold build's
        var published = warm.ArticleCount;
        Assert.Equal(published - 1, cache.BodiesReused);
        await corpus.AssertEqualsColdBuild(warm);
    }

    [Fact]
    public async Task Retitling_an_article_renders_again_the_body_that_links_to_it_with_empty_text()
    {
        // Given an article whose body links to another with an empty-text xref, built once
        File.AppendAllText(Linking, $"\nSee [](xref:{LinkedSlug}).\n");
        Assert.True((await Build()).Result.Succeeded);

        // When the linked article gets a new title
        var text = File.ReadAllText(Linked);
        var title = text.IndexOf("title: \"", StringComparison.Ordinal) + "title: \"".Length;
        File.WriteAllText(Linked, text[..title] + "Lighthouse keepers return: " + text[title..]);
        var (warm, _) = await Build();

        // Then the linking body shows the new title, as a cold build's does
        var page = Directory.EnumerateFiles(corpus.Output, "index.html", SearchOption.AllDirectories)
            .Single(path => Path.GetFileName(Path.GetDirectoryName(path)) == Path.GetFileNameWithoutExtension(Linking));
        Assert.Contains("Lighthouse keepers return: ", File.ReadAllText(page), StringComparison.Ordinal);
        await corpus.AssertEqualsColdBuild(warm);
    }

    [Fact]
    public async Task Deleting_an_image_a_cached_body_shows_is_reported_as_in_a_cold_build()
    {
        // Given a body that shows a picture, built once
        File.WriteAllBytes(Path.Combine(corpus.Input, "quay.png"), Pictures.TestPictures.Png(64, 48));
        File.AppendAllText(Linking, "\n![The quay at dusk](quay.png)\n");
        Assert.True((await Build()).Result.Succeeded);

        // When the picture is deleted
        File.Delete(Path.Combine(corpus.Input, "quay.png"));
        var (warm, _) = await Build();

        // Then the missing image is reported with file and line, exactly as a cold build reports it
        Assert.Contains(warm.Diagnostics, d => d.Code == Codes.MissingImage && d.Path.EndsWith(Path.GetFileName(Linking), StringComparison.Ordinal) && d.Line > 1);
        await corpus.AssertEqualsColdBuild(warm);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Toggling_raw_html_renders_every_body_again(bool allowed)
    {
        // Given a body with raw HTML and a site built once
        File.AppendAllText(Linking, "\n<span class=\"kicker\">Exclusive</span> harbour news.\n");
        SetRawHtml(!allowed);
        Assert.True((await Build()).Result.Succeeded);

        // When site.yml toggles raw_html
        SetRawHtml(allowed);
        var (warm, cache) = await Build();

        // Then nothing is taken from the cache and the output equals a cold build's
        Assert.Equal(0, cache.BodiesReused);
        await corpus.AssertEqualsColdBuild(warm);
    }

    [Fact]
    public async Task A_damaged_cache_file_means_a_cold_build()
    {
        // Given a built site whose article cache was cut short
        Assert.True((await Build()).Result.Succeeded);
        var path = BuildManifest.ArticlesPathFor(new OutputFolder(corpus.Output));
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        // When the site is built again
        var (warm, cache) = await Build();

        // Then no body is reused, nothing fails and the output equals a cold build's
        Assert.Equal(0, cache.BodiesReused);
        Assert.True(warm.Succeeded, FixtureSite.Describe(warm.Diagnostics));
        await corpus.AssertEqualsColdBuild(warm);
    }

    [Fact]
    public async Task Warnings_of_an_unchanged_article_appear_on_a_cached_build_too()
    {
        // Given an article with an unknown front matter field, built once
        var text = File.ReadAllText(Linking);
        File.WriteAllText(Linking, text.Insert(text.IndexOf("\n---", 3, StringComparison.Ordinal), "\nflavour: salty"));
        Assert.True((await Build()).Result.Succeeded);

        // When it is built again from the cache
        var (warm, cache) = await Build();

        // Then the warning is still there, at the same line
        Assert.True(cache.BodiesReused > 0);
        Assert.Contains(warm.Diagnostics, d => d.Code == Codes.UnknownField && d.Line > 1);
        await corpus.AssertEqualsColdBuild(warm);
    }

    [Fact]
    public async Task Unknown_fields_of_every_shape_read_from_the_cache_give_what_a_cold_build_gives()
    {
        // Given an article with unknown fields of each value shape, built once
        var text = File.ReadAllText(Linking);
        File.WriteAllText(Linking, text.Insert(text.IndexOf("\n---", 3, StringComparison.Ordinal),
            "\nkicker: Exclusive\nratings: [5, ~, [1, 2]]\nbyline:\n  name: Ana\n  desk: { city: Porto }\nnothing: ~"));
        Assert.True((await Build()).Result.Succeeded);

        // When it is built again, its front matter taken from the cache file
        var (warm, cache) = await Build();

        // Then every front matter came from the cache and the warnings, lines and output equal a cold build's
        Assert.NotEmpty(cache.Entries);
        Assert.All(cache.Entries.Values, entry => Assert.NotNull(entry.FrontMatter));
        Assert.Equal(4, warm.Diagnostics.Count(d => d.Code == Codes.UnknownField && d.Line > 1));
        await corpus.AssertEqualsColdBuild(warm);
    }

    [Fact]
    public async Task The_sample_site_built_from_the_cache_equals_a_cold_build()
    {
        // Given the sample site, built once
        var sample = corpus.Temp.CopyFrom(RepositoryPaths.SampleInput, "sample");
        var sampleOutput = corpus.Temp.Combine("sample-site", "output");
        var options = new BuildOptions { InputDirectory = sample, OutputDirectory = sampleOutput, Now = Now };
        Assert.True((await new SiteGenerator(articles: ArticleCache.Read(BuildManifest.ArticlesPathFor(new OutputFolder(sampleOutput)))).BuildAsync(options)).Succeeded);

        // When it is built again from the cache
        var cache = ArticleCache.Read(BuildManifest.ArticlesPathFor(new OutputFolder(sampleOutput)));
        var warm = await new SiteGenerator(articles: cache).BuildAsync(options);

        // Then every front matter came from the cache, and its diagnostics and output equal a cold build's
        Assert.NotEmpty(cache.Entries);
        Assert.All(cache.Entries.Values, entry => Assert.NotNull(entry.FrontMatter));
        var coldOutput = corpus.Temp.Combine("sample-cold", "output");
        var cold = await new SiteGenerator().BuildAsync(options with { OutputDirectory = coldOutput, UseCache = false });
        Assert.Equal(cold.Diagnostics, warm.Diagnostics);
        Assert.Equal(FolderSnapshot.Of(coldOutput), FolderSnapshot.Of(sampleOutput));
    }

    [Fact]
    public async Task A_rebuild_with_nothing_changed_leaves_the_cache_file_untouched()
    {
        // Given a site whose files had settled (older than the racy margin) when it was built once, its cache file dated
        // in the past; files still racily clean at the first build would be stamped again by a slow second one
        await Task.Delay(TimeSpan.FromMilliseconds(SourceStamp.RacyMargin / 1_000_000 + 100));
        Assert.True((await Build()).Result.Succeeded);
        var before = MarkCacheFile();

        // When it is built again with no change
        var (warm, cache) = await Build();

        // Then every body came from the cache and the file was not written again
        Assert.Equal(warm.ArticleCount, cache.BodiesReused);
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(CachePath));
        Assert.Equal(before, File.ReadAllBytes(CachePath));
    }

    [Theory]
    [InlineData("edit")]
    [InlineData("add")]
    [InlineData("delete")]
    [InlineData("raw_html")]
    [InlineData("base_url")]
    public async Task A_rebuild_after_a_change_rewrites_the_cache_file_so_the_next_one_reuses_every_body(string change)
    {
        // Given a site built once (with an extra article, when the change deletes it), its cache file dated in the past
        var extra = Path.Combine(Path.GetDirectoryName(Linking)!, "a-late-extra-story.md");
        if (change == "delete") File.Copy(Linking, extra);
        Assert.True((await Build()).Result.Succeeded);
        var before = MarkCacheFile();

        // When the change is made and the site built again
        switch (change)
        {
            case "edit": File.AppendAllText(Linking, "\nA late paragraph from the quay.\n"); break;
            case "add": File.Copy(Linking, extra); break;
            case "delete": File.Delete(extra); break;
            case "raw_html": SetRawHtml(true); break;
            case "base_url": MoveSiteTo("https://corpus.example.org/news/"); break;
        }
        Assert.True((await Build()).Result.Succeeded);

        // Then the cache file was written anew, and holds what the next build needs to reuse every body
        Assert.NotEqual(LongAgo, File.GetLastWriteTimeUtc(CachePath));
        Assert.NotEqual(before, File.ReadAllBytes(CachePath));
        var (next, cache) = await Build();
        Assert.Equal(next.ArticleCount, cache.BodiesReused);
        await corpus.AssertEqualsColdBuild(next);
    }

    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private string CachePath => BuildManifest.ArticlesPathFor(new OutputFolder(corpus.Output));

    /// <summary>Dates the cache file long ago, so a rewrite shows in its time even within the file system's resolution; gives its bytes.</summary>
    private byte[] MarkCacheFile()
    {
        File.SetLastWriteTimeUtc(CachePath, LongAgo);
        return File.ReadAllBytes(CachePath);
    }

    private async Task<(BuildResult Result, ArticleCache Cache)> Build()
    {
        var cache = ArticleCache.Read(BuildManifest.ArticlesPathFor(new OutputFolder(corpus.Output)));
        var result = await new SiteGenerator(articles: cache).BuildAsync(new BuildOptions { InputDirectory = corpus.Input, OutputDirectory = corpus.Output, Now = Now });
        return (result, cache);
    }


    private void MoveSiteTo(string baseUrl)
    {
        var site = Path.Combine(corpus.Input, "site.yml");
        File.WriteAllLines(site, File.ReadAllLines(site).Select(line => line.StartsWith("base_url:", StringComparison.Ordinal) ? $"base_url: \"{baseUrl}\"" : line));
    }

    private void SetRawHtml(bool allowed)
    {
        var site = Path.Combine(corpus.Input, "site.yml");
        var lines = File.ReadAllLines(site).Where(line => !line.StartsWith("raw_html:", StringComparison.Ordinal));
        File.WriteAllLines(site, allowed ? lines.Append("raw_html: true") : lines);
    }

    public void Dispose() => corpus.Dispose();
}
