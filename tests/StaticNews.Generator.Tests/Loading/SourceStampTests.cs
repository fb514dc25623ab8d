using Microsoft.Extensions.Time.Testing;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Incremental;
using StaticNews.Generator.Loading;
using StaticNews.Generator.Writing;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Loading;

/// <summary>
/// The article cache trusts a file by its stamp, as git's index does: an unchanged, settled file is not read; any edit,
/// even one that restores the old modification time, or one made in the same tick as the stamp, is read again. The
/// output always equals a cold build's.
/// </summary>
/// <remarks>
/// A file is observed unread through a cache entry forged to hold another text's hash and body: only a build that
/// trusts the stamp shows the forged body; one that reads the file finds the hash differs and parses it afresh.
/// </remarks>
public sealed class SourceStampTests : IDisposable
{
    private static DateTimeOffset Now => CorpusSite.Now;
    private const string Forged = "Forged from the cache";
    private readonly CorpusSite corpus = new(articles: 20);
    private string Linked => corpus.Stories[0];
    private string Story => corpus.Stories[1];
    private string StoryPath => Path.GetRelativePath(corpus.Input, Story).Replace('\\', '/');

    /// <summary>A clock a minute ahead of every file the test wrote: all their stamps are settled.</summary>
    private static FakeTimeProvider Later => new(DateTimeOffset.UtcNow.AddMinutes(1));

    [Fact]
    public void A_stamp_holds_length_times_and_inode_and_changes_with_an_edit_of_the_same_size()
    {
        // Given a file's stamp
        var before = SourceStamp.Of(Story);

        // When one character is replaced by another and the old modification time put back
        var modified = File.GetLastWriteTimeUtc(Story);
        ReplaceOneCharacter(Story);
        File.SetLastWriteTimeUtc(Story, modified);
        var after = SourceStamp.Of(Story);

        // Then length, modification time and inode are the same, but the change time tells the edit
        Assert.NotNull(before);
        Assert.NotNull(after);
        Assert.Equal(new FileInfo(Story).Length, after.Value.Length);
        Assert.Equal((before.Value.Length, before.Value.Inode, before.Value.Device), (after.Value.Length, after.Value.Inode, after.Value.Device));
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task An_unchanged_settled_file_is_not_read()
    {
        // Given a site built once with every file settled, and the story's entry forged to another text
        var cache = Forge(await BuildOnce(Later), forgeHash: true, Later);

        // When it is built again
        var result = await Build(cache);

        // Then the forged body shows: the file was trusted by its stamp, not read
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        Assert.Contains(Forged, StoryPage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_stamped_in_the_same_second_it_was_written_is_read_again()
    {
        // Given a site whose stamps were taken within a second of the story's last write, the story's entry forged to
        // another text (what an edit in the same clock tick as the stamp would leave: the same stamp, another text)
        var written = new DateTimeOffset(File.GetLastWriteTimeUtc(Story)).AddSeconds(1);
        var cache = Forge(await BuildOnce(new FakeTimeProvider(written)), forgeHash: true, Later);

        // When it is built again
        var result = await Build(cache);

        // Then the racily clean file was read, its text hashed and found changed, and the output equals a cold build's
        Assert.DoesNotContain(Forged, StoryPage(), StringComparison.Ordinal);
        await AssertSucceedsAsCold(result);
    }

    [Fact]
    public async Task A_racily_clean_file_that_has_settled_is_written_down_so_the_next_build_need_not_read_it()
    {
        // Given a site built once from its cache file, the stamps taken within a second of the story's last write
        var clock = new FakeTimeProvider(new DateTimeOffset(File.GetLastWriteTimeUtc(Story)).AddSeconds(1));
        var path = BuildManifest.ArticlesPathFor(new OutputFolder(corpus.Output));
        Assert.True((await Build(ArticleCache.Read(path, clock))).Succeeded);

        // When it is built again a minute later, nothing changed
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True((await Build(ArticleCache.Read(path, clock))).Succeeded);

        // Then the cache file was written again with the later time its stamps now hold for
        Assert.Equal(SourceStamp.Nanoseconds(clock.GetUtcNow()), ArticleCache.Read(path).StampedAt);
    }

    [Fact]
    public async Task A_file_touched_without_a_change_is_hashed_again_and_its_entry_reused_under_its_new_stamp()
    {
        // Given a settled site built once, the story's cached body marked (its hash left true)
        var cache = Forge(await BuildOnce(Later), forgeHash: false, Later);

        // When the story is touched, its text unchanged
        File.SetLastWriteTimeUtc(Story, DateTime.UtcNow.AddMinutes(-5));
        var result = await Build(cache);

        // Then its entry was found by the hash of its text, so the marked body is reused, and it keeps the new stamp
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        Assert.Contains(Forged, StoryPage(), StringComparison.Ordinal);
        Assert.Equal(SourceStamp.Of(Story), cache.Entries[StoryPath].Stamp);
    }

    [Fact]
    public async Task An_edit_of_the_same_size_with_the_old_modification_time_put_back_is_seen()
    {
        // Given a settled site built once, the story's modification time a round number
        var modified = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Story, modified);
        var cache = await BuildOnce(Later);

        // When a character is replaced and the old modification time put back (as cp -p or rsync -t would)
        var edited = ReplaceOneCharacter(Story);
        File.SetLastWriteTimeUtc(Story, modified);
        var result = await Build(cache);

        // Then the change time told the edit: the page shows it, as a cold build's does
        Assert.Contains(edited, StoryPage(), StringComparison.Ordinal);
        await AssertSucceedsAsCold(result);
    }

    [Fact]
    public async Task A_trusted_file_whose_body_must_be_rendered_again_is_read_then_and_equals_a_cold_build()
    {
        // Given a settled site whose story links to another with an empty-text xref, built once
        File.AppendAllText(Story, $"\nSee [](xref:{Path.GetFileNameWithoutExtension(Linked)}).\n");
        var cache = await BuildOnce(Later);

        // When the linked article gets a new title (the story's body must be rendered again, its file read)
        Retitle(Linked);
        var result = await Build(cache);

        // Then the story shows the new title, as a cold build's does
        Assert.Contains("Lighthouse keepers return: ", StoryPage(), StringComparison.Ordinal);
        await AssertSucceedsAsCold(result);
    }

    [Fact]
    public async Task A_trusted_file_that_changed_during_the_build_is_reported_and_read_on_the_next()
    {
        // Given a settled site whose story links to another, built once, the story's entry forged to another text
        // (what a file changed after its stamp was trusted looks like when Build reads it)
        File.AppendAllText(Story, $"\nSee [](xref:{Path.GetFileNameWithoutExtension(Linked)}).\n");
        var cache = Forge(await BuildOnce(Later), forgeHash: true, Later);

        // When the linked article gets a new title, so the story's body is rendered again from its file
        Retitle(Linked);
        var changed = await Build(cache);

        // Then the build fails naming the story and saying to build again; the next build (as serve's) reads it anew
        var error = Assert.Single(changed.Diagnostics, d => d.Code == Codes.ChangedWhileBuilding);
        Assert.True(error.IsError);
        Assert.EndsWith(StoryPath, error.Path, StringComparison.Ordinal);
        Assert.Contains("Build again", error.Message, StringComparison.Ordinal);
        var again = await Build(cache);
        Assert.DoesNotContain(Forged, StoryPage(), StringComparison.Ordinal);
        await AssertSucceedsAsCold(again);
    }

    [Fact]
    public async Task An_edit_is_seen_by_a_cache_kept_in_memory_as_serve_keeps_it()
    {
        // Given a settled site built once with the system's clock, its cache kept in memory
        var cache = await BuildOnce(TimeProvider.System);

        // When the story is edited and the site built again with the same cache
        File.AppendAllText(Story, "\nA late paragraph from the quay.\n");
        var result = await Build(cache);

        // Then the edit shows, as in a cold build
        Assert.Contains("A late paragraph from the quay.", StoryPage(), StringComparison.Ordinal);
        await AssertSucceedsAsCold(result);
    }

    private async Task<ArticleCache> BuildOnce(TimeProvider clock)
    {
        var cache = new ArticleCache(clock);
        var result = await Build(cache);
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        return cache;
    }

    private Task<BuildResult> Build(ArticleCache cache) =>
        new SiteGenerator(articles: cache).BuildAsync(new BuildOptions { InputDirectory = corpus.Input, OutputDirectory = corpus.Output, Now = Now });

    /// <summary>The cache a build left, as the next one starts from it, with the story's body (and, if asked, its hash) made another text's.</summary>
    private ArticleCache Forge(ArticleCache built, bool forgeHash, TimeProvider clock)
    {
        var entries = built.Entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        var story = entries[StoryPath];
        var forged = forgeHash ? story with { Hash = story.Hash + 1 } : story with { };
        forged.Body = story.Body! with { Html = $"<p>{Forged}</p>" };
        entries[StoryPath] = forged;
        return new ArticleCache(built.Settings, built.BasePath, built.StampedAt, entries, clock);
    }

    private string StoryPage() => File.ReadAllText(Directory.EnumerateFiles(corpus.Output, "index.html", SearchOption.AllDirectories)
        .Single(path => Path.GetFileName(Path.GetDirectoryName(path)) == Path.GetFileNameWithoutExtension(Story)));

    /// <summary>Replaces the body's first "the" by "tHe" (same length); gives the replaced word in its new form.</summary>
    private static string ReplaceOneCharacter(string path)
    {
        var text = File.ReadAllText(path);
        var at = text.IndexOf(" the ", text.IndexOf("\n---", 3, StringComparison.Ordinal), StringComparison.Ordinal);
        File.WriteAllText(path, text[..at] + " tHe " + text[(at + 5)..]);
        return " tHe ";
    }

    private static void Retitle(string path)
    {
        var text = File.ReadAllText(path);
        var title = text.IndexOf("title: \"", StringComparison.Ordinal) + "title: \"".Length;
        File.WriteAllText(path, text[..title] + "Lighthouse keepers return: " + text[title..]);
    }


    private async Task AssertSucceedsAsCold(BuildResult warm)
    {
        Assert.True(warm.Succeeded, FixtureSite.Describe(warm.Diagnostics));
        await corpus.AssertEqualsColdBuild(warm);
    }

    public void Dispose() => corpus.Dispose();
}
