using BenchmarkDotNet.Attributes;
using StaticNews.Generator.Relating;
using StaticNews.Model;

namespace StaticNews.Benchmarks;

/// <summary>The Relate stage: the Latest and Explore blocks of every article.</summary>
[MemoryDiagnoser]
public class RelateBenchmarks
{
    private Site site = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var inputs = new StageInputs();
        site = inputs.Build(inputs.Load());
    }

    [Benchmark]
    public IReadOnlyDictionary<string, RelatedStories> FindAll() => new RelatedEngine().FindAll(site);
}
