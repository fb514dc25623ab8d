using System.Diagnostics;
using StaticNews.TestSupport;

namespace StaticNews.Cli.Tests;

/// <summary>The real <c>staticnews serve</c> process, stopped the way a user stops it.</summary>
public sealed class ServeProcessTests
{
    [Fact]
    public async Task Ctrl_C_stops_serve_cleanly_with_exit_code_zero()
    {
        // Given serve running on a free port
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "staticnews.dll"), "serve", "--port", "0", "--theme", "no-theme",
                     "--input", RepositoryPaths.Fixture("valid", "newsroom", "input") })
            start.ArgumentList.Add(argument);
        using var serve = Process.Start(start)!;
        var errors = serve.StandardError.ReadToEndAsync();
        try
        {
            string? line;
            do line = await serve.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            while (line is not null && !line.StartsWith("Serving http://127.0.0.1:", StringComparison.Ordinal));
            Assert.NotNull(line);

            // When the user presses Ctrl+C (SIGINT)
            using (var interrupt = Process.Start("kill", ["-INT", serve.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await interrupt.WaitForExitAsync();

            // Then it says so and exits 0 promptly
            var rest = await serve.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(15));
            await serve.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
            Assert.Contains("Stopping.", rest);
            Assert.Equal(0, serve.ExitCode);
            Assert.Equal("", await errors);
        }
        finally
        {
            if (!serve.HasExited) serve.Kill(entireProcessTree: true);
        }
    }
}
