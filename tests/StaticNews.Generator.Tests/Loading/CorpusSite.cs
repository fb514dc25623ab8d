using StaticNews.Corpus;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Loading;

/// <summary>A generated corpus in a temporary folder with its own output folder: for tests of what a rebuild may reuse.</summary>
internal sealed class CorpusSite : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public CorpusSite(int articles)
    {
        Input = Temp.Combine("input");
        CorpusWriter.Write(new CorpusGenerator(new CorpusOptions { Articles = articles, Seed = 5 }), Input);
        Output = Temp.Combine("site", "output");
        Stories = Directory.EnumerateFiles(Input, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Where(path => !File.ReadAllText(path).Contains("draft:", StringComparison.Ordinal)).Take(2).ToArray();
    }

    public TempFolder Temp { get; } = new();

    public string Input { get; }

    public string Output { get; }

    /// <summary>The first two published stories, in path order.</summary>
    public IReadOnlyList<string> Stories { get; }

    /// <summary>Builds the input cold (<c>--no-cache</c>) into another folder: the warm build must give its diagnostics and, when it succeeds, its bytes.</summary>
    public async Task AssertEqualsColdBuild(BuildResult warm)
    {
        var coldOutput = Temp.Combine("cold", "output");
        var cold = await new SiteGenerator().BuildAsync(new BuildOptions { InputDirectory = Input, OutputDirectory = coldOutput, Now = Now, UseCache = false });
        Assert.Equal(cold.Diagnostics, warm.Diagnostics);
        if (cold.Succeeded) Assert.Equal(FolderSnapshot.Of(coldOutput), FolderSnapshot.Of(Output));
    }

    public void Dispose() => Temp.Dispose();
}
