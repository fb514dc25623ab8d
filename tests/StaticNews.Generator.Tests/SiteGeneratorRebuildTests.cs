using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests;

public sealed class SiteGeneratorRebuildTests
{
    [Fact]
    public async Task Editing_one_article_rewrites_only_the_files_whose_bytes_changed_and_matches_a_cold_build()
    {
        // Given a built site whose files are an hour old
        using var scratch = new ScratchSite();
        await scratch.Site.BuildAsync();
        var before = FolderSnapshot.Of(scratch.Site.Output);
        var anHourAgo = DateTime.UtcNow.AddHours(-1);
        foreach (var file in Directory.EnumerateFiles(scratch.Site.Output, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, anHourAgo);

        // When one article's body is edited and the site rebuilt
        var article = scratch.InputPath("world/storm-closes-harbour.md");
        File.WriteAllText(article, File.ReadAllText(article) + "\nA late paragraph from the quay.\n");
        var result = await scratch.Site.BuildAsync();

        // Then the output equals a cold build, changed files are new and every other file kept its time
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        using var cold = new FixtureSite(scratch.Input);
        await cold.BuildAsync();
        var after = FolderSnapshot.Of(scratch.Site.Output);
        Assert.Equal(FolderSnapshot.Of(cold.Output), after);
        var changed = after.Keys.Where(path => !before.TryGetValue(path, out var hash) || hash != after[path]).ToList();
        Assert.Contains("world/storm-closes-harbour/index.html", changed);
        Assert.All(after.Keys, path => Assert.Equal(
            !changed.Contains(path),
            File.GetLastWriteTimeUtc(Path.Combine(scratch.Site.Output, path)) == anHourAgo));
        Assert.True(after.Count - changed.Count > changed.Count, $"only {changed.Count} of {after.Count} files should change");
    }

    [Fact]
    public async Task Editing_a_static_page_rerenders_it_and_every_footer_naming_it_and_matches_a_cold_build()
    {
        // Given a built site with an About page in its footer
        using var scratch = new ScratchSite();
        var about = scratch.Write("pages/about.md", "---\ntitle: \"About the Gazette\"\n---\n\nWho we are.\n");
        File.AppendAllText(scratch.InputPath("site.yml"), "footer:\n  - title: \"The Gazette\"\n    links: [about]\n");
        await scratch.Site.BuildAsync();
        var before = FolderSnapshot.Of(scratch.Site.Output);

        // When its body and title are edited and the site rebuilt
        File.WriteAllText(about, "---\ntitle: \"About us\"\n---\n\nWho we are, and where to find us.\n");
        var result = await scratch.Site.BuildAsync();

        // Then the page and the footers show the edit, and the output equals a cold build
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        Assert.Contains("where to find us", scratch.Site.ReadOutput("about/index.html"));
        Assert.Contains(">About us</a>", scratch.Site.ReadOutput("world/harbour-reopens/index.html"));
        using var cold = new FixtureSite(scratch.Input);
        await cold.BuildAsync();
        Assert.Equal(FolderSnapshot.Of(cold.Output), FolderSnapshot.Of(scratch.Site.Output));
        Assert.NotEqual(before["about/index.html"], FolderSnapshot.Of(scratch.Site.Output)["about/index.html"]);
    }
}
