using StaticNews.TestSupport;

namespace StaticNews.Cli.Tests;

/// <summary>Progress, --quiet/--verbose and colours, as a person on a terminal and a CI log each see them.</summary>
public sealed class ConsoleOutputTests
{
    private const string Escape = "\u001b[";

    private static readonly CliEnvironment Terminal = CliEnvironment.Plain with { OutputIsTerminal = true, ErrorIsTerminal = true };

    private static string Newsroom => RepositoryPaths.Fixture("valid", "newsroom", "input");
    private static string Broken => RepositoryPaths.Fixture("invalid", "unknown-section", "input");

    [Fact]
    public async Task Redirected_output_gets_one_plain_line_per_stage_and_no_escape_codes()
    {
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync("build", "-i", Newsroom, "-o", temp.Combine("out"));

        Assert.Matches(@"(?s)Load: \d+ files.*Build: \d+ articles.*Relate: \d+ articles.*Render: \d+ pages.*Check: \d+ pages.*Write: \d+ files", run.Error);
        Assert.DoesNotContain('\r', run.Error);
        Assert.DoesNotContain(Escape, run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_terminal_gets_a_live_progress_line_that_is_wiped_before_the_summary()
    {
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync(Terminal, "build", "-i", Newsroom, "-o", temp.Combine("out"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\rRendering ", run.Error);
        Assert.Matches(@"Rendering \d+/\d+ pages \[#+\]", run.Error);
        Assert.DoesNotContain("Render: ", run.Error);
        var lastLine = run.Error[(run.Error.LastIndexOf('\r') + 1)..];
        Assert.True(string.IsNullOrWhiteSpace(lastLine), $"the live line was left on screen: '{lastLine}'");
    }

    [Fact]
    public async Task On_a_terminal_errors_are_red_warnings_yellow_and_the_summary_coloured()
    {
        var failed = await CliRun.InvokeAsync(Terminal, "check", "-i", Broken);
        var passed = await CliRun.InvokeAsync(Terminal, "check", "-i", Newsroom);

        Assert.Contains(Escape + "31m", failed.Error, StringComparison.Ordinal);
        Assert.Contains(Escape + "31mCheck failed", failed.Output, StringComparison.Ordinal);
        Assert.Contains(Escape + "33m", passed.Output, StringComparison.Ordinal);
        Assert.Contains(Escape + "32mChecked", passed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NO_COLOR_turns_colours_off_even_on_a_terminal()
    {
        var noColor = Terminal with { Variables = new Dictionary<string, string> { ["NO_COLOR"] = "1" } };

        var run = await CliRun.InvokeAsync(noColor, "check", "-i", Broken);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SN0106", run.Error);
        Assert.DoesNotContain(Escape, run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_NO_COLOR_leaves_colours_on()
    {
        var emptyNoColor = Terminal with { Variables = new Dictionary<string, string> { ["NO_COLOR"] = "" } };

        var run = await CliRun.InvokeAsync(emptyNoColor, "check", "-i", Broken);

        Assert.Contains(Escape + "31m", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quiet_prints_only_the_problems()
    {
        using var temp = new TempFolder();

        var good = await CliRun.InvokeAsync(Terminal, "build", "--quiet", "-i", Newsroom, "-o", temp.Combine("out"));
        var bad = await CliRun.InvokeAsync("check", "-q", "-i", Broken);

        Assert.Equal(0, good.ExitCode);
        Assert.Equal("", good.Error);
        Assert.DoesNotContain("Built", good.Output);
        Assert.Contains("warning SN0110", good.Output);
        Assert.Equal(1, bad.ExitCode);
        Assert.Equal("", bad.Output);
        Assert.Contains("error SN0106", bad.Error);
        Assert.Single(bad.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Verbose_prints_every_stage_with_its_time_even_on_a_terminal()
    {
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync(Terminal, "build", "--verbose", "-i", Newsroom, "-o", temp.Combine("out"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Building ", run.Error);
        foreach (var stage in new[] { "Load", "Build", "Relate", "Render", "Check", "Write" })
            Assert.Matches($@"{stage}: \d+ \w+ in \d+\.\d\d s", run.Error);
    }

    [Fact]
    public async Task Quiet_and_verbose_together_are_refused()
    {
        var run = await CliRun.InvokeAsync("check", "--quiet", "--verbose");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--quiet and --verbose contradict each other", run.Error);
    }
}
