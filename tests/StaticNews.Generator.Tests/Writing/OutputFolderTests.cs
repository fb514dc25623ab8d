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
    public async Task A_rebuild_keeps_the_modification_time_of_unchanged_files_and_writes_changed_ones_fresh()
    {
        // Given a previous site whose files are an hour old
        using var temp = new TempFolder();
        var folder = new OutputFolder(temp.Combine("out"));
        await folder.ReplaceWithAsync([Text("same.html", "same"), Text("edited.html", "before"), Text("longer.html", "ab")]);
        var anHourAgo = DateTime.UtcNow.AddHours(-1);
        foreach (var name in new[] { "same.html", "edited.html", "longer.html" }) File.SetLastWriteTimeUtc(temp.Combine("out", name), anHourAgo);

        // When the same site is built with one file edited, one grown and one added
        var changes = await folder.ReplaceWithAsync([Text("same.html", "same"), Text("edited.html", "after!"), Text("longer.html", "abc"), Text("added.html", "new")]);

        // Then only the unchanged file keeps its time, and every file has its new bytes
        Assert.Equal(anHourAgo, File.GetLastWriteTimeUtc(temp.Combine("out", "same.html")));
        Assert.NotEqual(anHourAgo, File.GetLastWriteTimeUtc(temp.Combine("out", "edited.html")));
        Assert.NotEqual(anHourAgo, File.GetLastWriteTimeUtc(temp.Combine("out", "longer.html")));
        Assert.Equal(["same", "after!", "abc", "new"], new[] { "same.html", "edited.html", "longer.html", "added.html" }.Select(name => File.ReadAllText(temp.Combine("out", name))));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
        Assert.Equal(new OutputChanges(Written: 3, Removed: 0, Unchanged: 1), changes);
    }

    [Fact]
    public async Task A_swap_counts_the_files_the_new_site_no_longer_has_as_removed()
    {
        // Given a previous site with a nested page and a hidden file
        using var temp = new TempFolder();
        var folder = new OutputFolder(temp.Combine("out"));
        await folder.ReplaceWithAsync([Text("index.html", "home"), Text("a/b/index.html", "b"), Text(".well-known/.hidden", "h")]);

        // When the next site keeps only the home page
        var changes = await folder.ReplaceWithAsync([Text("index.html", "home")]);

        // Then both other files count as removed and the home page as unchanged
        Assert.Equal(new OutputChanges(Written: 0, Removed: 2, Unchanged: 1), changes);
        Assert.Equal(2, changes.Changed);
    }

    [Fact]
    public async Task A_failed_rebuild_leaves_carried_over_files_of_the_previous_site_intact()
    {
        // Given
        using var temp = new TempFolder();
        var folder = new OutputFolder(temp.Combine("out"));
        await folder.ReplaceWithAsync([Text("same.html", "same"), Text("other.html", "other")]);
        var before = FolderSnapshot.Of(temp.Combine("out"));

        // When a rebuild carries one file over, then fails
        var failing = new OutputFile("broken.html", () => throw new IOException("disk full"));
        await Assert.ThrowsAsync<IOException>(() => folder.ReplaceWithAsync([Text("same.html", "same"), failing]));

        // Then
        Assert.Equal(before, FolderSnapshot.Of(temp.Combine("out")));
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
    [InlineData("parent-of-input")]
    [InlineData("repository-root")]
    [InlineData("theme")]
    [InlineData("a-copy-of-the-theme")]
    public void Output_folders_that_would_destroy_sources_are_refused(string output)
    {
        using var temp = new TempFolder();
        var input = Directory.CreateDirectory(temp.Combine("input")).FullName;
        var themeCopy = temp.CopyFrom(Path.Combine(RepositoryPaths.Root, "theme", "Components"), "components");
        var diagnostics = new DiagnosticBag();
        var target = output switch
        {
            "." => Environment.CurrentDirectory,
            "/" => "/",
            "parent-of-input" => temp.Path,
            "repository-root" => RepositoryPaths.Root,
            "theme" => Path.Combine(RepositoryPaths.Root, "theme"),
            "a-copy-of-the-theme" => themeCopy,
            _ => temp.Combine(output),
        };

        Assert.False(OutputGuard.IsSafe(target, [input], diagnostics));
        Assert.Equal(Codes.UnsafeOutputFolder, Assert.Single(diagnostics.ToSortedList()).Code);
    }

    [Theory]
    [InlineData("input", "linkin/world")]
    [InlineData("linkin", "input/business")]
    [InlineData("linkin", "linkin")]
    [InlineData("input", "link-to-world")]
    [InlineData("input", "link-to-temp/input")]
    [InlineData("linkin", "input")]
    [InlineData("input", "INPUT/world")]
    [InlineData("Input", "input/world")]
    public void Output_folders_that_reach_the_input_through_links_or_another_case_are_refused(string input, string output)
    {
        // Given linkin -> input, link-to-world -> input/world, link-to-temp -> the folder holding both
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("input", "world"));
        Directory.CreateDirectory(temp.Combine("input", "business"));
        Directory.CreateSymbolicLink(temp.Combine("linkin"), temp.Combine("input"));
        Directory.CreateSymbolicLink(temp.Combine("link-to-world"), temp.Combine("input", "world"));
        Directory.CreateSymbolicLink(temp.Combine("link-to-temp"), temp.Path);
        var diagnostics = new DiagnosticBag();

        // When
        var safe = OutputGuard.IsSafe(temp.Combine(output), [temp.Combine(input)], diagnostics);

        // Then
        Assert.False(safe);
        Assert.Equal(Codes.UnsafeOutputFolder, Assert.Single(diagnostics.ToSortedList()).Code);
    }

    [Theory]
    [InlineData(".staticnews")]
    [InlineData(".staticnews/cache")]
    [InlineData(".output.staticnews-tmp-0123abcd")]
    [InlineData("site-with-state")]
    public void Output_folders_that_hold_build_state_are_refused(string output)
    {
        // Given a folder that holds the state of an earlier build into site-with-state/output
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("site-with-state", ".staticnews", "cache"));
        var diagnostics = new DiagnosticBag();

        // When
        var safe = OutputGuard.IsSafe(temp.Combine(output), [temp.Combine("input")], diagnostics);

        // Then
        Assert.False(safe);
        Assert.Equal(Codes.OutputHoldsBuildState, Assert.Single(diagnostics.ToSortedList()).Code);
    }

    [Fact]
    public void A_separate_output_folder_is_accepted()
    {
        using var temp = new TempFolder();
        Assert.True(OutputGuard.IsSafe(temp.Combine("output"), [temp.Combine("input")], new DiagnosticBag()));
    }

    [Fact]
    public async Task A_build_killed_between_moving_the_old_site_aside_and_the_new_one_in_gets_the_old_site_back()
    {
        // Given the state such a kill leaves: no output, the previous site under its aside name, a half staging folder
        using var temp = new TempFolder();
        var aside = Directory.CreateDirectory(temp.Combine(".out.staticnews-old-0123abcd")).FullName;
        File.WriteAllText(Path.Combine(aside, "index.html"), "previous");
        Directory.CreateDirectory(temp.Combine(".out.staticnews-tmp-4567ef", "half"));
        var folder = new OutputFolder(temp.Combine("out"));

        // When the next build fails while writing
        var failing = new OutputFile("broken.html", () => throw new IOException("disk full"));
        await Assert.ThrowsAsync<IOException>(() => folder.ReplaceWithAsync([failing]));

        // Then the previous site is back in place and nothing else is left
        Assert.Equal("previous", File.ReadAllText(temp.Combine("out", "index.html")));
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task An_output_folder_that_cannot_be_created_is_a_diagnostic_not_a_crash()
    {
        // Given an output path below a file
        using var temp = new TempFolder();
        File.WriteAllText(temp.Combine("not-a-folder"), "x");
        using var site = FixtureSite.Newsroom();

        // When
        var result = await site.BuildAsync(o => o with { OutputDirectory = temp.Combine("not-a-folder", "out") });

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(Codes.OutputWriteFailed, error.Code);
        Assert.Contains("Nothing was written", error.Message);
        Assert.Equal(0, result.FilesChanged);
    }
}
