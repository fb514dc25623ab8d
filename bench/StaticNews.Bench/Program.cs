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
var tfIdf = new Option<bool>("--tfidf") { Description = "Also measure a plain TF-IDF cosine over headline, standfirst and body (compares every pair: small corpora only)." };
var k = new Option<int>("--k") { Description = "How many links precision@k judges; only articles whose story has k + 1 articles count.", DefaultValueFactory = _ => 5 };
var latestMin = new Option<double[]>("--latest-min") { Description = "Also measure Latest at these latest_min_similarity values.", AllowMultipleArgumentsPerToken = true };
var latestHalfLife = new Option<double[]>("--latest-half-life") { Description = "With --latest-min: also at these latest_half_life_days values.", AllowMultipleArgumentsPerToken = true };
var render = new Option<bool>("--render") { Description = "Also time the Render stage of the article pages, to compare with Relate." };
var root = new RootCommand("Measure the Relate stage on a generated corpus: time, peak memory, precision@k and Latest precision against the planted stories.") { input, baseline, tfIdf, k, latestMin, latestHalfLife, render };
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
    var top = parseResult.GetValue(k);
    var judgedStorySize = top + 1;
    output.WriteLine($"precision@{top} of all links on the page (Latest, then Explore): {Precision.AtK(measured.Result, stories, top, r => r.Latest.Concat(r.Explore), judgedStorySize):0.000}");
    var (latestPrecision, latestLinks) = Precision.OfLatest(measured.Result, stories);
    output.WriteLine($"Latest on this story: precision {latestPrecision:0.000} over {latestLinks} links; recall {Precision.LatestRecall(measured.Result, stories, site.Articles):0.000} (articles with a newer story of their own that show one)");

    var halfLives = parseResult.GetValue(latestHalfLife) is { Length: > 0 } given ? given : [site.Config.Related.LatestHalfLifeDays];
    foreach (var threshold in parseResult.GetValue(latestMin) ?? [])
    foreach (var halfLife in halfLives)
    {
        var other = new RelatedEngine().FindAll(site with { Config = site.Config with { Related = site.Config.Related with { LatestMinSimilarity = threshold, LatestHalfLifeDays = halfLife } } });
        var (precision, links) = Precision.OfLatest(other, stories);
        output.WriteLine($"  latest_min_similarity {threshold:0.00}, latest_half_life_days {halfLife:0}: Latest precision {precision:0.000} over {links} links; recall {Precision.LatestRecall(other, stories, site.Articles):0.000}");
    }

    var exploreOnly = site with { Config = site.Config with { Related = site.Config.Related with { LatestCount = 0 } } };
    var explore = new RelatedEngine().FindAll(exploreOnly);
    output.WriteLine($"precision@{top} engine (Explore alone): {Precision.AtK(explore, stories, top, r => r.Explore, judgedStorySize):0.000}");
    if (parseResult.GetValue(tfIdf))
        output.WriteLine($"precision@{top} plain TF-IDF cosine (headline, standfirst, body): {Precision.AtK(new PlainTfIdfFinder().FindAll(exploreOnly), stories, top, r => r.Explore, judgedStorySize):0.000}");
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
        output.WriteLine($"precision@{top} tags-only baseline: {Precision.AtK(tags, stories, top, r => r.Explore, judgedStorySize):0.000}");
    }
    return 0;
});
return await root.Parse(args).InvokeAsync();
