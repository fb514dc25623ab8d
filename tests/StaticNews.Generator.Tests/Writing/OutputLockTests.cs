using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Incremental;
using StaticNews.Generator.Writing;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Writing;

public sealed class OutputLockTests
{
    [Fact]
    public async Task A_build_into_an_output_another_build_is_writing_is_refused_and_touches_nothing()
    {
        // Given a built site, and another build holding the output's lock
        using var site = FixtureSite.Newsroom();
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = FolderSnapshot.Of(site.Output);
        var besideBefore = Beside(site.Output);
        using var other = OutputLock.TryTake(new OutputFolder(site.Output));
        Assert.NotNull(other);

        // When
        var result = await site.BuildAsync(options => options with { UseCache = false });

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.True(error.Code == Codes.OutputLocked, error.ToString());
        Assert.Contains("another build is writing", error.Message);
        Assert.Equal(before, FolderSnapshot.Of(site.Output));
        Assert.Equal(besideBefore, Beside(site.Output));
    }

    [Fact]
    public async Task A_lock_file_nobody_holds_any_more_does_not_stop_the_next_build()
    {
        // Given the lock file a finished or killed build leaves behind
        using var site = FixtureSite.Newsroom();
        var lockFile = OutputLock.PathFor(new OutputFolder(site.Output));
        Directory.CreateDirectory(Path.GetDirectoryName(lockFile)!);
        File.WriteAllText(lockFile, "left by a killed build");

        // When
        var result = await site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        Assert.True(site.OutputExists("404.html"));
    }

    [Fact]
    public async Task A_manifest_that_cannot_be_saved_after_the_swap_says_the_new_site_is_live()
    {
        // Given a folder where the manifest file should go, so that writing it fails after the new site is swapped in
        using var site = FixtureSite.Newsroom();
        Directory.CreateDirectory(BuildManifest.PathFor(new OutputFolder(site.Output)));

        // When
        var result = await site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == Codes.StateNotSaved);
        Assert.Contains("the new site is live", warning.Message);
        Assert.DoesNotContain("left as it was", warning.Message);
        Assert.True(site.OutputExists("404.html"));
    }

    private static string[] Beside(string output) =>
        Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(output)!).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();
}
