using BenchmarkDotNet.Attributes;
using StaticNews.Generator.Building;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Model;

namespace StaticNews.Benchmarks;

/// <summary>The Build stage: front matter validated into the site model, every article body rendered to HTML and profiled for Relate.</summary>
[MemoryDiagnoser]
public class BuildBenchmarks
{
    private StageInputs inputs = null!;
    private LoadedContent content = null!;

    [GlobalSetup]
    public void Setup()
    {
        inputs = new StageInputs();
        content = inputs.Load();
    }

    [GlobalCleanup]
    public void Cleanup() => inputs.Dispose();

    [Benchmark]
    public Site? Build() => new SiteBuilder(content.Pipeline, new DiagnosticBag()).Build(content, inputs.Options);
}
