using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using StaticNews.Bench;
using StaticNews.Corpus;
using StaticNews.Generator.Relating;
using StaticNews.Generator.Rendering;
using StaticNews.Model.Pages;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var input = new Option<DirectoryInfo>("--input", "-i") { Description = "A corpus written by staticnews-corpus.", Required = true };
var baseline = new Option<bool>("--baseline") { Description = "Also measure the tags-only baseline (it is quadratic in popular tags: use it up to ~10k articles)." };
var render = new Option<bool>("--render") { Description = "Also time the Render stage of the article pages, to compare with Relate." };
var root = new RootCommand("Measure the Relate stage on a generated corpus: time, peak memory and precision@5 against the planted stories.") { input, baseline, render };
root.SetAction(async (parseResult, cancellationToken) =>
{
    var output = parseResult.InvocationConfiguration.Output;
    var folder = parseResult.GetValue(input)!.FullName;
    var clock = Stopwatch.StartNew();
    var site = CorpusSite.Build(folder);
    var stories = CorpusWriter.ReadStories(folder);
    output.WriteLine($"Load + Build: {site.Articles.Count} articles in {clock.Elapsed.TotalSeconds:0.0} s, managed heap {GC.GetTotalMemory(true) / 1048576.0:0} MB");

    var measured = RelateMeasurement.Run(new RelatedEngine(), site);
    output.WriteLine($"Relate (engine, defaults): {measured.Elapsed.TotalSeconds:0.00} s wall, {measured.Cpu.TotalSeconds:0.00} s CPU, peak extra heap {measured.PeakExtra / 1048576.0:0} MB, allocated {measured.Allocated / 1048576.0:0} MB, process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB");
    const int k = 5;
    const int judgedStorySize = k + 1;
    output.WriteLine($"precision@5 of all links on the page (Latest, then Explore): {Precision.AtK(measured.Result, stories, k, r => r.Latest.Concat(r.Explore), judgedStorySize):0.000}");

    var exploreOnly = site with { Config = site.Config with { Related = site.Config.Related with { LatestCount = 0 } } };
    var explore = new RelatedEngine().FindAll(exploreOnly);
    output.WriteLine($"precision@5 engine (Explore alone): {Precision.AtK(explore, stories, k, r => r.Explore, judgedStorySize):0.000}");
    if (parseResult.GetValue(render))
    {
        var related = site with { Related = measured.Result };
        var pages = PagePlanner.Plan(related).OfType<ArticlePageModel>().ToList();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var renderClock = Stopwatch.StartNew();
        using var renderer = new PageRenderer(Environment.ProcessorCount);
        var rendered = await renderer.RenderAsync(pages, cancellationToken);
        output.WriteLine($"Render ({rendered.Count} article pages): {renderClock.Elapsed.TotalSeconds:0.00} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds:0.00} s CPU");
    }
    if (parseResult.GetValue(baseline))
    {
        var tags = new TagsOnlyFinder().FindAll(exploreOnly);
        output.WriteLine($"precision@5 tags-only baseline: {Precision.AtK(tags, stories, k, r => r.Explore, judgedStorySize):0.000}");
    }
    return 0;
});
return await root.Parse(args).InvokeAsync();
