using StaticNews.Generator.Writing;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Writing;

public sealed class OutputPatchTests
{
    private static OutputFile Text(string path, string text) =>
        new(path, () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)));

    [Fact]
    public async Task A_patch_writes_changed_files_removes_lost_ones_and_leaves_the_rest_untouched()
    {
        // Given a site of three pages, an hour old
        using var temp = new TempFolder();
        var folder = new OutputFolder(temp.Combine("out"));
        await folder.ReplaceWithAsync([Text("index.html", "home"), Text("a/index.html", "a"), Text("b/index.html", "b")]);
        var anHourAgo = DateTime.UtcNow.AddHours(-1);
        foreach (var file in Directory.EnumerateFiles(temp.Combine("out"), "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, anHourAgo);

        // When the home page changes, a page is added, page b is lost and page a comes with the same bytes
        var changed = await folder.PatchAsync([Text("index.html", "new home"), Text("c/index.html", "c"), Text("a/index.html", "a")], ["b/index.html"]);

        // Then only the changed files are new, the lost page and its folder are gone, and nothing is left beside the output
        Assert.Equal(new OutputChanges(Written: 2, Removed: 1, Unchanged: 1), changed);
        Assert.Equal(["a/index.html", "c/index.html", "index.html"], FolderSnapshot.Of(temp.Combine("out")).Keys);
        Assert.Equal("new home", File.ReadAllText(temp.Combine("out", "index.html")));
        Assert.Equal(anHourAgo, File.GetLastWriteTimeUtc(temp.Combine("out", "a", "index.html")));
        Assert.False(Directory.Exists(temp.Combine("out", "b")));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_patch_that_fails_midway_is_undone_whole()
    {
        // Given a site, and a patch whose later file cannot be moved in (a file stands where its folder must go)
        using var temp = new TempFolder();
        var folder = new OutputFolder(temp.Combine("out"));
        await folder.ReplaceWithAsync([Text("0.html", "zero"), Text("x", "a file named like a folder"), Text("z.html", "zed")]);
        var before = FolderSnapshot.Of(temp.Combine("out"));

        // When the patch runs
        await Assert.ThrowsAnyAsync<IOException>(() => folder.PatchAsync([Text("0.html", "new zero"), Text("x/index.html", "blocked")], ["z.html"]));

        // Then the site is exactly as before and nothing is left beside it
        Assert.Equal(before, FolderSnapshot.Of(temp.Combine("out")));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_patch_killed_midway_is_put_back_by_the_next_write()
    {
        // Given what a kill during a patch leaves: the new page moved in, the old copy in the undo folder
        using var temp = new TempFolder();
        var folder = new OutputFolder(temp.Combine("out"));
        await folder.ReplaceWithAsync([Text("index.html", "half-patched")]);
        var undo = Directory.CreateDirectory(temp.Combine(".out.staticnews-undo-0123abcd")).FullName;
        File.WriteAllText(Path.Combine(undo, "index.html"), "previous");

        // When the next build fails while writing
        var failing = new OutputFile("broken.html", () => throw new IOException("disk full"));
        await Assert.ThrowsAsync<IOException>(() => folder.PatchAsync([failing], []));

        // Then the previous page is back and nothing else is left
        Assert.Equal("previous", File.ReadAllText(temp.Combine("out", "index.html")));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }
}
