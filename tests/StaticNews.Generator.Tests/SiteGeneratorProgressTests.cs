using System.Collections.Concurrent;

namespace StaticNews.Generator.Tests;

public sealed class SiteGeneratorProgressTests
{
    private sealed class Recorder : IProgress<GenerationProgress>
    {
        public ConcurrentQueue<GenerationProgress> Reports { get; } = new();
        public void Report(GenerationProgress value) => Reports.Enqueue(value);
    }

    [Fact]
    public async Task A_build_reports_every_stage_in_order_with_its_count()
    {
        using var site = FixtureSite.Newsroom();
        var recorder = new Recorder();

        var result = await new SiteGenerator().BuildAsync(new BuildOptions { InputDirectory = site.Input, OutputDirectory = site.Output }, default, recorder);

        var finished = recorder.Reports.Where(r => r.IsFinished).ToList();
        Assert.Equal(
            [GenerationStage.Load, GenerationStage.Build, GenerationStage.Relate, GenerationStage.Render, GenerationStage.Check, GenerationStage.Write],
            finished.Select(r => r.Stage));
        Assert.Equal(result.PageCount, finished.Single(r => r.Stage == GenerationStage.Render).Completed);
        Assert.Equal(result.FilesChanged, finished.Single(r => r.Stage == GenerationStage.Write).Completed);
        Assert.Equal(result.PageCount, recorder.Reports.Count(r => r.Stage == GenerationStage.Render && r.Completed > 0));
    }

    [Fact]
    public async Task Without_a_listener_generation_is_the_same()
    {
        using var site = FixtureSite.Newsroom();
        var options = new BuildOptions { InputDirectory = site.Input };

        var quiet = await new SiteGenerator().GenerateAsync(options);
        var watched = await new SiteGenerator().GenerateAsync(options, default, new Recorder());

        Assert.Equal(quiet.Files.Select(f => f.Path), watched.Files.Select(f => f.Path));
        Assert.Equal(quiet.Diagnostics, watched.Diagnostics);
    }

    [Fact]
    public async Task The_link_check_can_be_left_out()
    {
        using var site = new FixtureSite(TestSupport.RepositoryPaths.Fixture("invalid", "broken-internal-link", "input"));

        var result = await site.BuildAsync(o => o with { CheckLinks = false });

        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
    }
}
