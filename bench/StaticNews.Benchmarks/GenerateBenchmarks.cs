using BenchmarkDotNet.Attributes;
using StaticNews.Generator;

namespace StaticNews.Benchmarks;

/// <summary>All stages but Write in one call, link check included: what the stage benchmarks add up to, plus Check.</summary>
[MemoryDiagnoser]
public class GenerateBenchmarks
{
    private StageInputs inputs = null!;

    [GlobalSetup]
    public void Setup() => inputs = new StageInputs();

    [GlobalCleanup]
    public void Cleanup() => inputs.Dispose();

    [Benchmark]
    public Task<GeneratedSite> Generate() => new SiteGenerator().GenerateAsync(inputs.Options);
}
