using StaticNews.TestSupport;

namespace StaticNews.Cli.Tests;

/// <summary>The picture store outlives the process: a second `build` process encodes nothing it encoded before.</summary>
public sealed class PictureCacheTests
{
    [Fact]
    public async Task A_second_build_process_encodes_no_picture_and_leaves_every_copy_as_it_was()
    {
        // Given a site whose story shows a camera photo, built once by the real executable
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.Fixture("valid", "newsroom", "input"), "input");
        File.Copy(Path.Combine(RepositoryPaths.SampleInput, "images", "skarvik-breakwater.jpg"), Path.Combine(input, "images", "quay.jpg"));
        var article = Path.Combine(input, "world", "harbour-reopens.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("src: images/harbour.svg", "src: images/quay.jpg", StringComparison.Ordinal));
        var output = temp.Combine("out");
        var cold = await CliProcess.RunAsync(null, "build", "--input", input, "--output", output);
        var copies = Directory.GetFiles(Path.Combine(output, "images"), "quay.*");
        var before = copies.ToDictionary(path => path, path => (File.ReadAllBytes(path), File.GetLastWriteTimeUtc(path)));

        // When another process builds it again after an edit to the story's text
        File.AppendAllText(article, "\nA late paragraph about the ferry timetable.\n");
        var again = await CliProcess.RunAsync(null, "build", "--input", input, "--output", output);

        // Then the first encoded the photo, the second took every copy from .staticnews/pictures/ and touched none
        Assert.Equal(0, cold.ExitCode);
        Assert.Matches(@"unchanged, 1 pictures encoded,", cold.Output);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("unchanged, 0 pictures encoded,", again.Output, StringComparison.Ordinal);
        Assert.True(copies.Length > 10, $"only {copies.Length} copies of the photo");
        foreach (var (path, (bytes, time)) in before)
        {
            Assert.Equal(bytes, File.ReadAllBytes(path));
            Assert.Equal(time, File.GetLastWriteTimeUtc(path));
        }
    }
}
