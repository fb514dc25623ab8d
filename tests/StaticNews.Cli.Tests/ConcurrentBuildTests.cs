using StaticNews.TestSupport;

namespace StaticNews.Cli.Tests;

/// <summary>Two real builds into one output folder, as two CI jobs or an editor's double click would start them.</summary>
public sealed class ConcurrentBuildTests
{
    [Fact]
    public async Task Of_two_builds_into_one_output_the_second_is_refused_and_the_output_is_one_whole_site()
    {
        // Given a site big enough that its build takes a while, and a first build writing it
        using var temp = new TempFolder();
        var input = GeneratedNewsroom.Create(temp, articles: 600, paragraphsEach: 20);
        var output = temp.Combine("output");
        using var first = CliProcess.Start(null, "build", "--input", input, "--output", output);
        var firstOutput = first.StandardOutput.ReadToEndAsync();
        var firstError = first.StandardError.ReadToEndAsync();
        var started = await WaitForStagingAsync(first, temp.Path);
        Assert.True(started, "the first build finished before it began writing; make the generated site bigger");

        // When a second build into the same output starts while the first is writing
        var second = await CliProcess.RunAsync(null, "build", "--input", input, "--output", output);
        await first.WaitForExitAsync();

        // Then the second stops with a clear error, the first finishes, and the output is its whole site
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("error SN0902: another build is writing this output folder", second.Output + second.Error);
        Assert.True(first.ExitCode == 0, await firstOutput + await firstError);
        Assert.True(File.Exists(Path.Combine(output, "404.html")));
        Assert.True(File.Exists(Path.Combine(output, "sitemap.xml")));
        Assert.Equal(600, new[] { "world", "business" }.Sum(section => Directory.EnumerateDirectories(Path.Combine(output, section), "generated-*").Count()));
        Assert.Empty(Directory.EnumerateDirectories(temp.Path, ".output.staticnews-*"));
    }

    private static async Task<bool> WaitForStagingAsync(System.Diagnostics.Process build, string parent)
    {
        while (!build.HasExited)
        {
            if (Directory.EnumerateDirectories(parent, ".output.staticnews-tmp-*").Any()) return true;
            await Task.Delay(5);
        }
        return false;
    }
}
