using StaticNews.TestSupport;

namespace StaticNews.Cli.Tests;

public sealed class KilledBuildTests
{
    private const string StagingPattern = ".output.staticnews-tmp-*";

    [Fact]
    public async Task A_build_killed_while_writing_leaves_the_previous_site_intact_and_the_next_build_cleans_up()
    {
        // Given a previous good build and a much bigger site to build next
        using var temp = new TempFolder();
        var output = temp.Combine("output");
        var previousRun = await CliRun.InvokeAsync("build", "--input", RepositoryPaths.Fixture("valid", "newsroom", "input"), "--output", output);
        Assert.Equal(0, previousRun.ExitCode);
        var previous = FolderSnapshot.Of(output);
        var input = GeneratedNewsroom.Create(temp, articles: 600, paragraphsEach: 20);

        // When the build process is killed once some pages are in its staging folder
        using (var build = CliProcess.Start(null, "build", "--input", input, "--output", output))
        {
            var killedMidWrite = await KillOnceStagedAsync(build, temp.Path, minimumFiles: 20);
            Assert.True(killedMidWrite, "the build finished before it could be killed mid-write; make the generated site bigger");
        }

        // Then the previous site is untouched, and the half-written site is only a hidden staging folder
        Assert.Equal(previous, FolderSnapshot.Of(output));
        Assert.Single(Directory.EnumerateDirectories(temp.Path, StagingPattern));
        Assert.Equal(["input", "output"], VisibleEntries(temp.Path));

        // When the next build runs to the end
        var next = await CliRun.InvokeAsync("build", "--input", input, "--output", output);

        // Then it replaces the site whole and removes the leftover
        Assert.Equal(0, next.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "business", "generated-00599", "index.html")));
        Assert.Empty(Directory.EnumerateDirectories(temp.Path, ".output.staticnews-*"));
    }

    private static async Task<bool> KillOnceStagedAsync(System.Diagnostics.Process build, string parent, int minimumFiles)
    {
        var drainOutput = build.StandardOutput.ReadToEndAsync();
        var drainError = build.StandardError.ReadToEndAsync();
        while (!build.HasExited)
        {
            var staging = Directory.EnumerateDirectories(parent, StagingPattern).FirstOrDefault();
            if (staging is not null && CountFiles(staging) >= minimumFiles)
            {
                build.Kill(entireProcessTree: true);
                await build.WaitForExitAsync();
                // A build that won the race to the end exits 0; a killed one does not.
                return build.ExitCode != 0;
            }
            await Task.Delay(5);
        }
        await Task.WhenAll(drainOutput, drainError);
        return false;
    }

    private static int CountFiles(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count();
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static IEnumerable<string> VisibleEntries(string folder) =>
        Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>()
            .Where(name => !name.StartsWith('.')).Order(StringComparer.Ordinal);
}
