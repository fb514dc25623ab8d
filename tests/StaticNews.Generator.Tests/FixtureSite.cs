using StaticNews.Generator.Diagnostics;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests;

/// <summary>Builds a fixture site into a temporary output folder.</summary>
public sealed class FixtureSite : IDisposable
{
    private readonly TempFolder temp = new();

    public FixtureSite(string inputFolder) => Input = inputFolder;

    public static FixtureSite Newsroom() => new(RepositoryPaths.Fixture("valid", "newsroom", "input"));

    public string Input { get; }
    public string Output => temp.Combine("output");

    public Task<BuildResult> BuildAsync(Func<BuildOptions, BuildOptions>? adjust = null, int? workers = null, StaticNews.Generator.Rendering.SiteTheme? theme = null)
    {
        var options = new BuildOptions { InputDirectory = Input, OutputDirectory = Output };
        return new SiteGenerator(workers: workers, theme: theme).BuildAsync(adjust is null ? options : adjust(options));
    }

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public bool OutputExists(string relativePath) => File.Exists(Path.Combine(Output, relativePath));

    public static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join(Environment.NewLine, diagnostics);

    public void Dispose() => temp.Dispose();
}
