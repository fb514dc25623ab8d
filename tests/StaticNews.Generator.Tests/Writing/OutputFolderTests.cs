using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Writing;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Writing;

public sealed class OutputFolderTests
{
    private static OutputFile Text(string path, string text) =>
        new(path, () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)));

    [Fact]
    public async Task A_new_site_replaces_the_old_one_whole()
    {
        using var temp = new TempFolder();
        var folder = new OutputFolder(temp.Combine("out"));
        await folder.ReplaceWithAsync([Text("old.html", "old")]);

        await folder.ReplaceWithAsync([Text("a/index.html", "new")]);

        Assert.Equal(["a/index.html"], FolderSnapshot.Of(temp.Combine("out")).Keys);
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_write_that_fails_midway_leaves_the_previous_site_exactly_as_it_was()
    {
        using var temp = new TempFolder();
        var folder = new OutputFolder(temp.Combine("out"));
        await folder.ReplaceWithAsync([Text("index.html", "previous")]);
        var before = FolderSnapshot.Of(temp.Combine("out"));

        var failing = new OutputFile("broken.html", () => throw new IOException("disk full"));
        await Assert.ThrowsAsync<IOException>(() => folder.ReplaceWithAsync([Text("index.html", "next"), failing]));

        Assert.Equal(before, FolderSnapshot.Of(temp.Combine("out")));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Staging_folders_left_by_a_killed_build_are_removed_by_the_next_one()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine(".out.staticnews-tmp-deadbeef", "half"));

        await new OutputFolder(temp.Combine("out")).ReplaceWithAsync([Text("index.html", "x")]);

        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("input")]
    [InlineData(".")]
    [InlineData("/")]
    [InlineData("input/world")]
    public void Output_folders_that_would_destroy_sources_are_refused(string output)
    {
        using var temp = new TempFolder();
        var input = Directory.CreateDirectory(temp.Combine("input")).FullName;
        var diagnostics = new DiagnosticBag();
        var target = output switch { "." => Environment.CurrentDirectory, "/" => "/", _ => temp.Combine(output) };

        Assert.False(OutputGuard.IsSafe(target, [input], diagnostics));
        Assert.Equal(Codes.UnsafeOutputFolder, Assert.Single(diagnostics.ToSortedList()).Code);
    }

    [Fact]
    public void A_separate_output_folder_is_accepted()
    {
        using var temp = new TempFolder();
        Assert.True(OutputGuard.IsSafe(temp.Combine("output"), [temp.Combine("input")], new DiagnosticBag()));
    }
}
