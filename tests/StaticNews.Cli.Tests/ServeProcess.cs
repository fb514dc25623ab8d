using System.Diagnostics;
using System.Globalization;
using System.Text;
using StaticNews.TestSupport;

namespace StaticNews.Cli.Tests;

/// <summary>The real <c>staticnews serve</c> as a child process, started the way a person or a script starts it, and stopped by a signal.</summary>
public sealed class ServeProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);

    private readonly Process process;
    private readonly Task<string> errors;
    private readonly StringBuilder output = new();

    private ServeProcess(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        errors = process.StandardError.ReadToEndAsync();
    }

    /// <summary>The id of the serve process itself (not of a shell around it).</summary>
    public int ServeId { get; private set; }

    /// <summary>
    /// Starts serve as from a terminal: with the default action for SIGINT, SIGTERM and SIGHUP, whatever this test
    /// run inherited (a test runner started from a script can have SIGINT ignored, and children inherit that).
    /// </summary>
    /// <param name="input">The site to serve; the fixture newsroom when null.</param>
    public static async Task<ServeProcess> StartWithDefaultSignalsAsync(string? input = null)
    {
        var check = await RunToEndAsync("env", "--default-signal=INT,TERM,HUP", "true");
        Assert.True(check == 0,
            "cannot start serve with default signal handling: this test needs GNU env with --default-signal (coreutils 8.31 or later).");
        var start = new ProcessStartInfo("env");
        foreach (var argument in new[] { "--default-signal=INT,TERM,HUP", "dotnet" }.Concat(ServeArguments(input))) start.ArgumentList.Add(argument);
        var serve = new ServeProcess(start);
        // env replaces itself with dotnet, which runs the tool in the same process.
        serve.ServeId = serve.process.Id;
        await serve.WaitUntilServingAsync();
        return serve;
    }

    /// <summary>Starts serve the way a script does with <c>staticnews serve &amp;</c>: a POSIX shell starts a background job with SIGINT ignored.</summary>
    public static async Task<ServeProcess> StartAsBackgroundJobAsync()
    {
        var start = new ProcessStartInfo("sh");
        foreach (var argument in new[] { "-c", "\"$@\" & echo \"job $!\"; wait $!", "sh", "dotnet" }.Concat(ServeArguments(null))) start.ArgumentList.Add(argument);
        var serve = new ServeProcess(start);
        var job = await serve.ReadLineAsync();
        Assert.True(job?.StartsWith("job ", StringComparison.Ordinal) == true, $"the shell did not say which job it started: '{job}'");
        serve.ServeId = int.Parse(job!["job ".Length..], CultureInfo.InvariantCulture);
        await serve.WaitUntilServingAsync();
        return serve;
    }

    /// <summary>Sends the signal (e.g. "INT") to serve and waits for the process started to exit, with a bounded wait.</summary>
    public async Task<CliRun> StopAsync(string signal)
    {
        Assert.Equal(0, await RunToEndAsync("kill", $"-{signal}", ServeId.ToString(CultureInfo.InvariantCulture)));
        try
        {
            output.Append(await process.StandardOutput.ReadToEndAsync().WaitAsync(StopTimeout));
            await process.WaitForExitAsync().WaitAsync(StopTimeout);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"serve did not stop within {StopTimeout.TotalSeconds} s of SIG{signal}. Its output so far:\n{output}");
        }
        return new CliRun(process.ExitCode, output.ToString(), await errors);
    }

    /// <summary>Reads what serve prints until a line starts with <paramref name="start"/>, with a bounded wait.</summary>
    public async Task WaitForLineAsync(string start)
    {
        string? line;
        do line = await ReadLineAsync();
        while (line is not null && !line.StartsWith(start, StringComparison.Ordinal));
        if (line is null)
            Assert.Fail($"serve ended before it printed '{start}' (exit code {process.ExitCode}).\nOutput:\n{output}\nErrors:\n{await errors}");
    }

    private static IEnumerable<string> ServeArguments(string? input) =>
    [
        Path.Combine(AppContext.BaseDirectory, "staticnews.dll"), "serve", "--port", "0", "--theme", "no-theme",
        "--input", input ?? RepositoryPaths.Fixture("valid", "newsroom", "input"),
    ];

    private Task WaitUntilServingAsync() => WaitForLineAsync("Serving http://127.0.0.1:");

    private async Task<string?> ReadLineAsync()
    {
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(StartTimeout);
            if (line is not null) output.AppendLine(line);
            return line;
        }
        catch (TimeoutException)
        {
            Assert.Fail($"serve printed nothing for {StartTimeout.TotalSeconds} s. Its output so far:\n{output}");
            return null;
        }
    }

    private static async Task<int> RunToEndAsync(string program, params string[] arguments)
    {
        using var run = Process.Start(program, arguments);
        await run.WaitForExitAsync();
        return run.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}
