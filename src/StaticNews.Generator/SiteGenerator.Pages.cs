using StaticNews.Generator.Branding;
using StaticNews.Generator.Checking;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Incremental;
using StaticNews.Generator.Loading;
using StaticNews.Generator.Publishing;
using StaticNews.Generator.Rendering;
using StaticNews.Generator.Writing;
using StaticNews.Model;
using StaticNews.Model.Pages;

namespace StaticNews.Generator;

/// <summary>The page half of a generation: which pages to render, rendering and checking them in batches, progress.</summary>
public sealed partial class SiteGenerator
{
    /// <summary>Which pages the site has, the key of each, which of them the previous build already holds, and every other file.</summary>
    private BuildPlan Plan(BuildOptions options, InputFolder input, Site site, IReadOnlyList<OutputFile> pictures, PreviousBuild last, DiagnosticBag diagnostics)
    {
        var pages = PagePlanner.Plan(site);
        var keys = PageKeys.Compute(site, pages, theme, workers);
        var others = SiteFiles.Collect(input, site.UnpublishedFiles, theme, diagnostics).Concat(pictures).Concat(SiteOutputs.Collect(site, pages, options.Now))
            .Concat(SiteIcons.Collect(input, site.Config, diagnostics)).ToList();
        var paths = pages.Select(page => page.OutputPath).Concat(others.Select(file => file.Path)).ToHashSet(StringComparer.Ordinal);

        var pageKeys = new Dictionary<string, PageKey>(pages.Count, StringComparer.Ordinal);
        var reused = new List<OutputFile>();
        var fresh = new List<PageModel>();
        for (var i = 0; i < pages.Count; i++)
        {
            pageKeys[pages[i].OutputPath] = keys[i];
            if (last.Reuse(pages[i].OutputPath, keys[i]) is { } file) reused.Add(file);
            else fresh.Add(pages[i]);
        }
        return new BuildPlan(input, options.CheckLinks, pages, pageKeys, fresh, reused, others, paths, last.LostFrom(paths));
    }

    /// <summary>
    /// Render, Check and the files of Write: renders the fresh pages in batches, checks each batch's links and hands it
    /// to <paramref name="write"/> before rendering the next, then the reused pages, theme assets, input files, feeds
    /// and sitemaps. Broken links become diagnostics; nothing more is handed over once there is one.
    /// </summary>
    private async Task RenderAndCheckAsync(
        BuildPlan plan, Site site, DiagnosticBag diagnostics,
        Func<IReadOnlyList<OutputFile>, CancellationToken, Task> write, CancellationToken cancellationToken, IProgress<GenerationProgress>? progress)
    {
        var checker = plan.CheckLinks ? new InternalLinkChecker(site.Config.BaseUrl, plan.Paths) : null;
        var broken = new List<BrokenLink>();
        using var renderer = new PageRenderer(workers, theme);
        var rendered = Counting(progress, GenerationStage.Render, plan.Fresh.Count);
        foreach (var batch in plan.Fresh.Chunk(RenderBatch))
        {
            var html = await renderer.RenderAsync(batch, cancellationToken, rendered);
            if (checker is not null) broken.AddRange(checker.Check(html));
            if (broken.Count == 0) await write(html.Select(SiteFiles.Page).ToList(), cancellationToken);
        }
        var checkedPages = plan.Fresh.Count;
        if (checker is not null && plan.Lost.Count > 0)
        {
            broken.AddRange(checker.Check(plan.Reused.Select(SiteFiles.Read).ToList()));
            checkedPages += plan.Reused.Count;
        }
        if (checker is not null)
        {
            new BrokenLinkReporter(site, plan.Input, diagnostics).Report(broken);
            Finished(progress, GenerationStage.Check, checkedPages);
        }
        if (diagnostics.HasErrors) return;
        await write(plan.Reused, cancellationToken);
        await write(plan.Others, cancellationToken);
    }

    private sealed record BuildPlan(
        InputFolder Input, bool CheckLinks, IReadOnlyList<PageModel> Pages, IReadOnlyDictionary<string, PageKey> PageKeys,
        IReadOnlyList<PageModel> Fresh, IReadOnlyList<OutputFile> Reused, IReadOnlyList<OutputFile> Others, IReadOnlySet<string> Paths,
        IReadOnlyList<string> Lost);

    private static void Finished(IProgress<GenerationProgress>? progress, GenerationStage stage, int count) =>
        progress?.Report(new GenerationProgress(stage, count, count));

    /// <summary>Reports the stage's start now and a running count for each completed item, across batches, or nothing without a listener.</summary>
    private static IProgress<int>? Counting(IProgress<GenerationProgress>? progress, GenerationStage stage, int total)
    {
        if (progress is null) return null;
        progress.Report(new GenerationProgress(stage, 0, total));
        var done = 0;
        return new CountReporter(_ => progress.Report(new GenerationProgress(stage, Interlocked.Increment(ref done), total)));
    }

    private sealed class CountReporter(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
