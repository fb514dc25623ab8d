using System.Text.Json;
using StaticNews.TestSupport;

namespace StaticNews.Cli.Tests;

public sealed class CheckCommandTests
{
    private static readonly CliEnvironment GitHubActions = CliEnvironment.Plain with
    {
        Variables = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" },
    };

    private static string Newsroom => RepositoryPaths.Fixture("valid", "newsroom", "input");
    private static string BrokenLinkSite => RepositoryPaths.Fixture("invalid", "broken-internal-link", "input");

    [Fact]
    public async Task Check_of_a_good_site_prints_a_summary_and_exits_zero()
    {
        var run = await CliRun.InvokeAsync("check", "--input", Newsroom);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"Checked: 3 articles, \d+ pages, 1 warnings, 0 errors in \d+\.\d\d s", run.Output);
        Assert.Contains("warning SN0110", run.Output);
    }

    [Fact]
    public async Task Check_writes_nothing_and_leaves_an_existing_output_folder_untouched()
    {
        // Given a built site whose content then breaks
        using var temp = new TempFolder();
        var input = temp.CopyFrom(Newsroom, "input");
        await CliRun.InvokeAsync("build", "-i", input, "-o", temp.Combine("output"));
        var article = Path.Combine(input, "world", "storm-closes-harbour.md");
        File.AppendAllText(article, "\nSee [the archive](/news/world/archive/).\n");
        var before = FolderSnapshot.Of(temp.Path);
        var workingFolderEntries = Directory.GetFileSystemEntries(Environment.CurrentDirectory);

        // When
        var run = await CliRun.InvokeAsync("check", "-i", input);

        // Then
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before, FolderSnapshot.Of(temp.Path));
        Assert.Equal(workingFolderEntries, Directory.GetFileSystemEntries(Environment.CurrentDirectory));
    }

    [Fact]
    public async Task Check_has_no_output_option()
    {
        var run = await CliRun.InvokeAsync("check", "--output", "somewhere");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--output", run.Error);
    }

    [Fact]
    public async Task A_broken_internal_link_is_an_error_at_the_line_that_writes_it()
    {
        var run = await CliRun.InvokeAsync("check", "-i", BrokenLinkSite);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"broken-internal-link/input/world/story\.md\(10,25\): error SN0404: the link '/world/storm-archive/' points into the site but no page or file is there", run.Error.Replace('\\', '/'));
        Assert.Contains("Check failed: 1 articles", run.Output);
    }

    [Fact]
    public async Task Build_fails_on_the_same_broken_link()
    {
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync("build", "-i", BrokenLinkSite, "-o", temp.Combine("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SN0404", run.Error);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public async Task Json_format_prints_one_document_with_every_diagnostic()
    {
        var run = await CliRun.InvokeAsync("check", "-i", BrokenLinkSite, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.False(root.GetProperty("succeeded").GetBoolean());
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        var diagnostic = root.GetProperty("diagnostics")[0];
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("SN0404", diagnostic.GetProperty("code").GetString());
        Assert.EndsWith("world/story.md", diagnostic.GetProperty("file").GetString()!.Replace('\\', '/'));
        Assert.Equal(10, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(25, diagnostic.GetProperty("column").GetInt32());
        Assert.StartsWith("the link '/world/storm-archive/'", diagnostic.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Json_stays_one_document_when_a_title_holds_a_control_character()
    {
        // Given a title with the YAML escape "\a" (U+0007), which once crashed the feed writer before any JSON was printed
        var site = RepositoryPaths.Fixture("invalid", "control-character-in-title", "input");

        // When
        var run = await CliRun.InvokeAsync("check", "-i", site, "--format", "json");

        // Then the document parses and names the character instead of carrying it
        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var diagnostic = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("SN0130", diagnostic.GetProperty("code").GetString());
        Assert.Contains("U+0007", diagnostic.GetProperty("message").GetString());
        Assert.DoesNotContain('\a', run.Output + run.Error);
    }

    [Fact]
    public async Task A_control_character_in_content_reaches_the_terminal_and_annotations_only_as_its_code_point()
    {
        // Given
        var site = RepositoryPaths.Fixture("invalid", "control-character-in-title", "input");

        // When
        var run = await CliRun.InvokeAsync(GitHubActions, "check", "-i", site);

        // Then
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SN0130: the value 'Harbour <U+0007> reopens after storm'", run.Error);
        Assert.Contains("title=SN0130::the value 'Harbour <U+0007> reopens after storm'", run.Output);
        Assert.DoesNotContain('\a', run.Output + run.Error);
    }

    [Fact]
    public async Task Json_of_a_good_site_says_it_succeeded()
    {
        var run = await CliRun.InvokeAsync(GitHubActions, "check", "-i", Newsroom, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.True(json.RootElement.GetProperty("succeeded").GetBoolean());
        Assert.Equal("warning", json.RootElement.GetProperty("diagnostics")[0].GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Under_GitHub_Actions_each_diagnostic_is_also_a_workflow_annotation()
    {
        var run = await CliRun.InvokeAsync(GitHubActions, "check", "-i", BrokenLinkSite);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"(?m)^::error file=[^,]*broken-internal-link/input/world/story\.md,line=10,col=25,title=SN0404::the link '/world/storm-archive/' points into the site", run.Output.Replace('\\', '/'));
    }

    [Fact]
    public async Task Outside_GitHub_Actions_there_are_no_annotations()
    {
        var run = await CliRun.InvokeAsync("check", "-i", BrokenLinkSite);

        Assert.DoesNotContain("::error", run.Output + run.Error);
    }

    [Fact]
    public async Task An_unknown_format_is_refused()
    {
        var run = await CliRun.InvokeAsync("check", "--format", "xml");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("xml", run.Error);
    }
}
