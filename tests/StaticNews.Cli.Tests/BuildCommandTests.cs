using StaticNews.TestSupport;

namespace StaticNews.Cli.Tests;

public sealed class BuildCommandTests
{
    [Fact]
    public async Task Build_prints_a_summary_and_exits_zero()
    {
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync("build", "--input", RepositoryPaths.Fixture("valid", "newsroom", "input"), "--output", temp.Combine("out"));

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"Built: 3 articles, \d+ pages \(\d+ rendered\), \d+ files changed, \d+ unchanged, \d+ pictures encoded, 1 warnings, 0 errors in \d+\.\d\d s", run.Output);
        Assert.True(File.Exists(temp.Combine("out", "index.html")));
    }

    [Fact]
    public async Task The_summary_line_counts_files_changed_on_a_cold_build_and_none_on_a_rebuild_without_edits()
    {
        // Given an empty output folder
        using var temp = new TempFolder();
        var input = RepositoryPaths.Fixture("valid", "newsroom", "input");
        var output = temp.Combine("out");

        // When the site is built twice
        var cold = await CliRun.InvokeAsync("build", "--input", input, "--output", output);
        var files = FolderSnapshot.Of(output).Count;
        var again = await CliRun.InvokeAsync("build", "--input", input, "--output", output);

        // Then the first run changed every file, the second rendered and changed nothing
        Assert.Contains($"), {files} files changed, 0 unchanged,", cold.Output);
        Assert.Contains($"(0 rendered), 0 files changed, {files} unchanged,", again.Output);
    }

    [Fact]
    public async Task A_broken_article_gives_a_file_line_error_exit_one_and_leaves_the_output_untouched()
    {
        // Given a previous good build
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.Fixture("valid", "newsroom", "input"), "input");
        var output = temp.Combine("out");
        await CliRun.InvokeAsync("build", "--input", input, "--output", output);
        var before = FolderSnapshot.Of(output);

        // When an article names a section that does not exist
        var article = Path.Combine(input, "world", "storm-closes-harbour.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("section: world", "section: weather"));
        var run = await CliRun.InvokeAsync("build", "--input", input, "--output", output);

        // Then
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"storm-closes-harbour\.md\(4,1\): error SN0106: section 'weather' is not declared", run.Error);
        Assert.Contains("Build failed", run.Output);
        Assert.Equal(before, FolderSnapshot.Of(output));
    }

    [Fact]
    public async Task Base_url_option_moves_every_link_under_the_sub_folder()
    {
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync("build", "-i", RepositoryPaths.Fixture("valid", "newsroom", "input"), "-o", temp.Combine("out"),
            "--base-url", "https://example.github.io/paper");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("href=\"/paper/world/\"", File.ReadAllText(temp.Combine("out", "index.html")));
    }

    [Fact]
    public async Task A_relative_base_url_is_refused_with_an_example()
    {
        var run = await CliRun.InvokeAsync("build", "--base-url", "example.org/news");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("is not an absolute http(s) address", run.Error);
    }

    [Fact]
    public async Task Drafts_option_publishes_drafts()
    {
        using var temp = new TempFolder();

        await CliRun.InvokeAsync("build", "-i", RepositoryPaths.Fixture("valid", "newsroom", "input"), "-o", temp.Combine("out"), "--drafts");

        Assert.True(File.Exists(temp.Combine("out", "business", "draft-budget-leak", "index.html")));
    }

    [Theory]
    [InlineData]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("new")]
    public async Task Help_is_shown_for_every_command(params string[] command)
    {
        var run = await CliRun.InvokeAsync([.. command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output);
        if (command.Length > 0) Assert.Contains("--input", run.Output);
    }
}
