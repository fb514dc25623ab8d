using BenchmarkDotNet.Attributes;
using StaticNews.Generator.Rendering;
using StaticNews.Generator.Writing;

namespace StaticNews.Benchmarks;

/// <summary>
/// The Write stage: every file of the site written into a staging folder and swapped in, either where no output was
/// (a cold build) or over an identical previous output, whose unchanged files are carried over.
/// </summary>
[MemoryDiagnoser]
public class WriteBenchmarks
{
    private StageInputs inputs = null!;
    private IReadOnlyList<OutputFile> files = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        inputs = new StageInputs();
        var site = StageInputs.Relate(inputs.Build(inputs.Load()));
        var pages = PagePlanner.Plan(site);
        files = inputs.Files(site, pages, await StageInputs.RenderAsync(pages));
        await new OutputFolder(inputs.OutputDirectory).ReplaceWithAsync(files);
    }

    [GlobalCleanup]
    public void Cleanup() => inputs.Dispose();

    [IterationSetup(Target = nameof(IntoEmptyFolder))]
    public void RemoveOutput()
    {
        if (Directory.Exists(inputs.OutputDirectory)) Directory.Delete(inputs.OutputDirectory, recursive: true);
    }

    [Benchmark]
    public Task<OutputChanges> IntoEmptyFolder() => new OutputFolder(inputs.OutputDirectory).ReplaceWithAsync(files);

    [Benchmark]
    public Task<OutputChanges> OverUnchangedSite() => new OutputFolder(inputs.OutputDirectory).ReplaceWithAsync(files);
}
