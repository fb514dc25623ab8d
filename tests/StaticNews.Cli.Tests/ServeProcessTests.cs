using StaticNews.TestSupport;

namespace StaticNews.Cli.Tests;

/// <summary>The real <c>staticnews serve</c> process, stopped the ways a person, a script or a terminal stops it.</summary>
public sealed class ServeProcessTests
{
    [Fact]
    public async Task Ctrl_C_stops_serve_cleanly_with_exit_code_zero()
    {
        // Given serve running as from a terminal
        using var serve = await ServeProcess.StartWithDefaultSignalsAsync();

        // When the user presses Ctrl+C (SIGINT)
        var run = await serve.StopAsync("INT");

        // Then it says so and exits 0
        AssertStoppedCleanly(run);
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("HUP")]
    public async Task A_termination_or_hang_up_signal_stops_serve_cleanly_with_exit_code_zero(string signal)
    {
        // Given serve running as from a terminal
        using var serve = await ServeProcess.StartWithDefaultSignalsAsync();

        // When it is killed politely, or its terminal is closed
        var run = await serve.StopAsync(signal);

        // Then it stops as on Ctrl+C
        AssertStoppedCleanly(run);
    }

    [Fact]
    public async Task Serve_started_as_a_background_job_of_a_script_stops_on_SIGINT_with_exit_code_zero()
    {
        // Given serve started by a non-interactive shell with `&`, which ignores SIGINT in the job
        using var serve = await ServeProcess.StartAsBackgroundJobAsync();

        // When the script (or a person) sends it SIGINT
        var run = await serve.StopAsync("INT");

        // Then it stops all the same; the shell's `wait` passes on its exit code
        AssertStoppedCleanly(run);
    }

    [Fact]
    public async Task Ctrl_C_after_a_rebuild_that_failed_with_an_exception_stops_cleanly()
    {
        // Given serve over a copy of the newsroom
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.Fixture("valid", "newsroom", "input"), "input");
        using var serve = await ServeProcess.StartWithDefaultSignalsAsync(input);

        // When a rebuild fails on an article that is a link to nothing, and the user presses Ctrl+C
        File.CreateSymbolicLink(Path.Combine(input, "world", "ghost.md"), Path.Combine(input, "world", "gone.md"));
        await serve.WaitForLineAsync("Build failed");
        var run = await serve.StopAsync("INT");

        // Then it stops as always, without an unhandled exception
        AssertStoppedCleanly(run);
    }

    private static void AssertStoppedCleanly(CliRun run)
    {
        Assert.Contains("Stopping.", run.Output);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
    }
}
