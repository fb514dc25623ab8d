using StaticNews.Preview.LiveReload;

namespace StaticNews.Preview.Tests;

/// <summary>Whatever stops a rebuild — a content error, an exception, a file that cannot be read — is shown, and the next save rebuilds.</summary>
public sealed class FailedRebuildTests
{
    private const string Fix = "A late paragraph written after the fix.";

    [Fact]
    public async Task A_rebuild_that_throws_is_shown_as_an_error_and_the_next_save_rebuilds()
    {
        // Given a running preview whose Relate stage throws on one headline, and a tab listening
        await using var site = await PreviewSite.StartAsync(relatedFinder: new FailingRelatedFinder());
        await using var events = await EventStream.OpenAsync(site.Server.Address);
        await events.NextAsync();

        // When an edit makes the rebuild throw
        site.EditArticle(text => text.Replace("Harbour reopens", FailingRelatedFinder.Trigger));
        var broken = await events.NextAsync();

        // Then the tab and the terminal are told, and the last good page is still served
        var problem = Assert.Single(broken.Problems);
        Assert.Equal("SN0602", problem.Code);
        Assert.Contains("InvalidOperationException: a stand-in for a bug in the Relate stage", problem.Message);
        Assert.Contains("error SN0602", site.Log.ToString());
        using var http = new HttpClient();
        Assert.Contains("Harbour reopens after three-day storm", await http.GetStringAsync(site.Url(PreviewSite.ArticlePath)));

        // When the editor fixes it, the site is rebuilt
        await AssertTheFixIsRebuiltAsync(site, events, text => text.Replace(FailingRelatedFinder.Trigger, "Harbour reopens"));
    }

    [Fact]
    public async Task A_control_character_in_a_title_does_not_stop_the_preview()
    {
        // Given a running preview and a tab listening
        await using var site = await PreviewSite.StartAsync();
        await using var events = await EventStream.OpenAsync(site.Server.Address);
        await events.NextAsync();

        // When a title gets a bell character (a valid YAML escape), whatever the build makes of it
        site.EditArticle(text => text.Replace("title: \"Harbour reopens", "title: \"Harbour\\a reopens"));
        await events.NextAsync();

        // Then the next save is still rebuilt
        await AssertTheFixIsRebuiltAsync(site, events, text => text.Replace("Harbour\\a reopens", "Harbour reopens"));
    }

    [Fact]
    public async Task An_article_that_is_a_dangling_link_is_an_error_naming_it_and_removing_it_rebuilds()
    {
        // Given a running preview and a tab listening
        await using var site = await PreviewSite.StartAsync();
        await using var events = await EventStream.OpenAsync(site.Server.Address);
        await events.NextAsync();

        // When an article appears that is a symbolic link to nothing
        var ghost = Path.Combine(site.Input, "world", "ghost.md");
        File.CreateSymbolicLink(ghost, Path.Combine(site.Input, "world", "gone.md"));
        var broken = await events.NextAsync();

        // Then the error names it
        Assert.Contains(broken.Problems, p => p.File.EndsWith("world/ghost.md", StringComparison.Ordinal));

        // When it is removed and the next article saved, the site is rebuilt
        File.Delete(ghost);
        await AssertTheFixIsRebuiltAsync(site, events, text => text);
    }

    [Fact]
    public async Task A_first_build_that_throws_still_starts_the_server_and_shows_the_error()
    {
        // Given a site whose first build throws
        await using var site = await PreviewSite.StartAsync(
            input => File.WriteAllText(Path.Combine(input, PreviewSite.ArticleFile),
                File.ReadAllText(Path.Combine(input, PreviewSite.ArticleFile)).Replace("Harbour reopens", FailingRelatedFinder.Trigger)),
            relatedFinder: new FailingRelatedFinder());

        // When a tab connects
        await using var events = await EventStream.OpenAsync(site.Server.Address);
        var hello = await events.NextAsync();

        // Then it is told the error, and the fix is rebuilt
        Assert.Contains(hello.Problems, p => p.Code == "SN0602");
        await AssertTheFixIsRebuiltAsync(site, events, text => text.Replace(FailingRelatedFinder.Trigger, "Harbour reopens"));
    }

    /// <summary>Saves <paramref name="fix"/> plus a new paragraph, then waits for a build without errors that shows the paragraph.</summary>
    private static async Task AssertTheFixIsRebuiltAsync(PreviewSite site, EventStream events, Func<string, string> fix)
    {
        site.EditArticle(text => fix(text) + $"\n{Fix}\n");
        using var http = new HttpClient();
        // A save can come in more than one batch of file events, so more than one build can answer it.
        ReloadMessage message;
        do message = await events.NextAsync();
        while (message.Problems.Count > 0 || !(await http.GetStringAsync(site.Url(PreviewSite.ArticlePath))).Contains(Fix, StringComparison.Ordinal));
        Assert.Empty(site.Server.State.Problems);
    }
}
