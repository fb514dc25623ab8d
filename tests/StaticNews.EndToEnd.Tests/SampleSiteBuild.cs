using StaticNews.Generator;
using StaticNews.TestSupport;

namespace StaticNews.EndToEnd.Tests;

/// <summary>The sample newsroom in input/, built once for all end-to-end tests of a class.</summary>
public sealed class SampleSiteBuild : IAsyncLifetime
{
    private readonly TempFolder temp = new();

    /// <summary>The build clock of every sample build in the tests, so time-based output (the news sitemap) is fixed.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public string Output => temp.Combine("output");
    public BuildResult Result { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Result = await new SiteGenerator().BuildAsync(new BuildOptions { InputDirectory = RepositoryPaths.SampleInput, OutputDirectory = Output, Now = Now });

    public IEnumerable<string> HtmlFiles() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public Task DisposeAsync()
    {
        temp.Dispose();
        return Task.CompletedTask;
    }
}
