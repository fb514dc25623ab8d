using BenchmarkDotNet.Attributes;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;

namespace StaticNews.Benchmarks;

/// <summary>The Load stage: site.yml, authors.yml and every article file read, front matter and Markdown parsed (files in the OS cache).</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private StageInputs inputs = null!;
    private InputFolder input = null!;

    [GlobalSetup]
    public void Setup()
    {
        inputs = new StageInputs();
        input = inputs.Input;
    }

    [GlobalCleanup]
    public void Cleanup() => inputs.Dispose();

    [Benchmark]
    public LoadedContent Load() => new ContentLoader(new DiagnosticBag()).Load(input);
}
