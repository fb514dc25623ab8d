using BenchmarkDotNet.Attributes;
using StaticNews.Generator.Rendering;
using StaticNews.Model;
using StaticNews.Model.Pages;

namespace StaticNews.Benchmarks;

/// <summary>The Render stage: every page planned (articles, fronts, tag and author pages), then rendered through the Razor theme.</summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private Site site = null!;
    private IReadOnlyList<PageModel> pages = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var inputs = new StageInputs();
        site = StageInputs.Relate(inputs.Build(inputs.Load()));
        pages = PagePlanner.Plan(site);
    }

    [Benchmark]
    public IReadOnlyList<PageModel> Plan() => PagePlanner.Plan(site);

    /// <summary>With as many workers as cores, as <c>staticnews build</c> renders.</summary>
    [Benchmark]
    public Task<IReadOnlyList<RenderedPage>> Render() => StageInputs.RenderAsync(pages);
}
