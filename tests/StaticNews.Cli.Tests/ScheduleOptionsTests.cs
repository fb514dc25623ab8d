using StaticNews.TestSupport;

namespace StaticNews.Cli.Tests;

public sealed class ScheduleOptionsTests
{
    private static readonly string Scheduled = RepositoryPaths.Fixture("valid", "scheduled", "input");

    [Fact]
    public async Task Now_sets_the_build_clock_and_the_next_scheduled_change_is_printed_and_written()
    {
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync("build", "--input", Scheduled, "--output", temp.Combine("out"), "--now", "2026-05-10T12:00:00Z");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Built: 2 articles", run.Output);
        Assert.Contains("Next scheduled change: 2026-05-20T06:00:00Z (publish world/zephyrine-festival-scheduled.md)", run.Output);
        Assert.Contains("\"next\": \"2026-05-20T06:00:00Z\"", File.ReadAllText(temp.Combine(".staticnews", "next-change.json")));
    }

    [Fact]
    public async Task Future_publishes_scheduled_articles_ahead_of_their_date()
    {
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync("build", "--input", Scheduled, "--output", temp.Combine("out"), "--now", "2026-05-10T12:00:00Z", "--future");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Built: 3 articles", run.Output);
        Assert.True(File.Exists(temp.Combine("out", "world", "zephyrine-festival-scheduled", "index.html")));
    }

    [Fact]
    public async Task A_now_that_is_not_a_date_is_refused_with_an_example()
    {
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync("build", "--input", Scheduled, "--output", temp.Combine("out"), "--now", "next tuesday");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--now 'next tuesday' is not an ISO 8601 time", run.Error);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }
}
