using System.Diagnostics;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Rendering;

namespace StaticNews.Preview.Theming;

/// <summary>
/// Compiles the theme project with <c>dotnet build</c> into a temporary folder and loads the result in a fresh
/// <see cref="ThemeLoadContext"/>: how <c>serve</c> shows Razor edits without a restart.
/// </summary>
public sealed class ThemeCompiler(string themeDirectory, string scratchFolder) : IDisposable
{
    private ThemeLoadContext? loaded;
    private int builds;

    public string ProjectFile { get; } = Directory.EnumerateFiles(themeDirectory, "*.csproj").Order(StringComparer.Ordinal).FirstOrDefault()
        ?? throw new ArgumentException($"{themeDirectory} holds no .csproj", nameof(themeDirectory));

    /// <summary>The theme compiled from disk with its assets read from its wwwroot folder, or the compiler's errors.</summary>
    public async Task<(SiteTheme? Theme, IReadOnlyList<Diagnostic> Errors)> CompileAsync(CancellationToken cancellationToken)
    {
        var output = Path.Combine(scratchFolder, $"theme-{++builds}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Warnings stay warnings here: a half-finished edit should still show up in the preview.
        foreach (var argument in new[] { "build", ProjectFile, "--nologo", "-v:q", "-clp:NoSummary", "-o", output, "-p:TreatWarningsAsErrors=false" })
            start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            var text = await stdout + "\n" + await stderr;
            var assemblyPath = Path.Combine(output, Path.GetFileNameWithoutExtension(ProjectFile) + ".dll");
            if (process.ExitCode != 0 || !File.Exists(assemblyPath))
                return (null, FailureOf(text));

            var context = new ThemeLoadContext();
            var theme = SiteTheme.CompiledIn.WithComponentsFrom(context.LoadTheme(assemblyPath))
                .WithAssetsFrom(Path.Combine(Path.GetDirectoryName(ProjectFile)!, "wwwroot"));
            loaded?.Unload();
            loaded = context;
            return (theme, []);
        }
        finally
        {
            TryDelete(output);
        }
    }

    private IReadOnlyList<Diagnostic> FailureOf(string buildOutput)
    {
        var errors = MsBuildDiagnostics.Parse(buildOutput);
        if (errors.Count > 0) return errors;
        var lastLines = string.Join(" ", buildOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(5));
        return [new Diagnostic(Severity.Error, Codes.ThemeDidNotCompile, ProjectFile, 0, 0, $"the theme did not compile: {lastLines}")];
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // The scratch folder as a whole is removed on shutdown.
        }
    }

    public void Dispose() => loaded?.Unload();
}
