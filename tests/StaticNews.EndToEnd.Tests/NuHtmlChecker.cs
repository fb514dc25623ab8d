using System.Diagnostics;
using System.Text.Json;
using StaticNews.TestSupport;

namespace StaticNews.EndToEnd.Tests;

/// <summary>Runs the Nu Html Checker (npm vnu-jar, on the machine's Java) over many files in one JVM.</summary>
public static class NuHtmlChecker
{
    public static string JarPath => Path.Combine(RepositoryPaths.Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>Every error message, as "file:line: message".</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(IEnumerable<string> files)
    {
        if (!File.Exists(JarPath))
            throw new InvalidOperationException($"The Nu Html Checker is not installed at {JarPath}. Run `npm ci` in the repository root.");
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-jar", JarPath, "--errors-only", "--format", "json" }.Concat(files))
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        using var report = JsonDocument.Parse(await stderr);
        return report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
    }
}
