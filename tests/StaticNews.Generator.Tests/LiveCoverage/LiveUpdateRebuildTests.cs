using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.LiveCoverage;

/// <summary>Appending an update to a live blog rebuilds only what shows the live story.</summary>
public sealed class LiveUpdateRebuildTests
{
    [Fact]
    public async Task Appending_an_update_changes_only_files_that_show_the_live_story_and_leaves_the_others_untouched()
    {
        // Given a built site with a live blog
        using var scratch = new ScratchSite();
        LiveBlogSite.WriteInto(scratch);
        var first = await scratch.Site.BuildAsync(o => o with { Now = LiveBlogSite.Now });
        Assert.True(first.Succeeded, FixtureSite.Describe(first.Diagnostics));
        var before = FolderSnapshot.Of(scratch.Site.Output);
        var times = Directory.EnumerateFiles(scratch.Site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        // When an update is appended
        File.AppendAllText(scratch.InputPath("world/quay-live.md"), LiveBlogSite.AppendedUpdate);
        var second = await scratch.Site.BuildAsync(o => o with { Now = LiveBlogSite.Now });

        // Then
        Assert.True(second.Succeeded, FixtureSite.Describe(second.Diagnostics));
        var after = FolderSnapshot.Of(scratch.Site.Output);
        var changed = after.Where(kv => !before.TryGetValue(kv.Key, out var hash) || hash != kv.Value).Select(kv => kv.Key).ToList();
        Assert.Contains(LiveBlogSite.Page, changed);
        Assert.Contains(LiveBlogSite.Updates, changed);
        Assert.All(changed.Where(path => path.EndsWith(".html", StringComparison.Ordinal)),
            path => Assert.Contains("/news/world/quay-live/", scratch.Site.ReadOutput(path)));
        Assert.All(changed.Where(path => !path.EndsWith(".html", StringComparison.Ordinal)),
            path => Assert.True(path.EndsWith("updates.json", StringComparison.Ordinal) || path.EndsWith(".xml", StringComparison.Ordinal), path));
        Assert.All(times.Where(kv => !changed.Contains(Path.GetRelativePath(scratch.Site.Output, kv.Key).Replace('\\', '/'))),
            kv => Assert.Equal(kv.Value, File.GetLastWriteTimeUtc(kv.Key)));
        Assert.True(second.PagesRendered < first.PagesRendered / 2, $"{second.PagesRendered} of {first.PagesRendered} pages rendered");
    }
}
