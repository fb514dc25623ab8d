using System.Diagnostics;
using StaticNews.Generator.Building;
using StaticNews.Generator.Checking;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Generator.Publishing;
using StaticNews.Generator.Relating;
using StaticNews.Generator.Rendering;
using StaticNews.Generator.Writing;
using StaticNews.Model;

namespace StaticNews.Generator;

/// <summary>Builds a news site: Load → Build → Relate → Render → Write. Content problems become diagnostics, never exceptions.</summary>
/// <param name="theme">The theme to render with; the compiled-in one unless <c>serve</c> loaded a fresh build of theme/.</param>
/// <param name="documents">Loaded articles kept between runs by <c>serve</c>; one run at a time may use it.</param>
public sealed class SiteGenerator(IRelatedArticlesFinder? relatedFinder = null, int? workers = null, SiteTheme? theme = null, SourceDocumentCache? documents = null)
{
    private readonly IRelatedArticlesFinder relatedFinder = relatedFinder ?? new RelatedEngine();
    private readonly int workers = workers ?? Environment.ProcessorCount;

    /// <summary>Generates the site and, when there is no error, replaces the output folder with it.</summary>
    public async Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default, IProgress<GenerationProgress>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        // Refuse a destructive output folder before spending a whole generation on it.
        var guard = new DiagnosticBag();
        if (!OutputGuard.IsSafe(options.OutputDirectory, [options.InputDirectory], guard))
            return new BuildResult(guard.ToSortedList(), 0, 0, 0, clock.Elapsed);

        var generated = await GenerateAsync(options, cancellationToken, progress);
        var written = 0;
        if (generated.Succeeded)
        {
            progress?.Report(new GenerationProgress(GenerationStage.Write, 0, generated.Files.Count));
            try
            {
                written = await new OutputFolder(options.OutputDirectory).ReplaceWithAsync(generated.Files, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                guard.Error(Codes.OutputWriteFailed, options.OutputDirectory, 0, 0,
                    $"the site could not be written: {ex.Message} The previous output was left as it was. Check the folder's permissions and free space.");
                return new BuildResult([.. generated.Diagnostics, .. guard.ToSortedList()], generated.Site?.Articles.Count ?? 0, generated.PageCount, 0, clock.Elapsed);
            }
            progress?.Report(new GenerationProgress(GenerationStage.Write, written, generated.Files.Count));
            await NextChangeFile.WriteAsync(options.OutputDirectory, generated.Site?.NextChange, cancellationToken);
        }
        return new BuildResult(generated.Diagnostics, generated.Site?.Articles.Count ?? 0, generated.PageCount, written, clock.Elapsed)
        {
            NextChange = generated.Site?.NextChange,
        };
    }

    /// <summary>The first four stages and the link check, in memory: nothing is written.</summary>
    public async Task<GeneratedSite> GenerateAsync(BuildOptions options, CancellationToken cancellationToken = default, IProgress<GenerationProgress>? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        var input = InputFolder.From(options.InputDirectory);
        var site = LoadBuildAndRelate(options, input, diagnostics, progress);
        if (site is null || diagnostics.HasErrors)
            return new GeneratedSite(site, [], 0, diagnostics.ToSortedList());

        var pages = PagePlanner.Plan(site);
        var rendered = await new PageRenderer(workers, theme).RenderAsync(pages, cancellationToken, Counting(progress, GenerationStage.Render, pages.Count));
        var files = SiteFiles.Collect(rendered, input, site.UnpublishedFiles, theme).Concat(SiteOutputs.Collect(site, pages, options.Now)).ToList();

        if (options.CheckLinks)
        {
            var checker = new InternalLinkChecker(site.Config.BaseUrl, files.Select(file => file.Path));
            new BrokenLinkReporter(site, input, diagnostics).Report(checker.Check(rendered, Counting(progress, GenerationStage.Check, rendered.Count)));
        }
        return new GeneratedSite(site, diagnostics.HasErrors ? [] : files, pages.Count, diagnostics.ToSortedList());
    }

    /// <summary>The first three stages (Load, Build, Relate): the site's model with its related blocks; nothing is rendered.</summary>
    public GeneratedSite Relate(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var site = LoadBuildAndRelate(options, InputFolder.From(options.InputDirectory), diagnostics, progress: null);
        return new GeneratedSite(site, [], 0, diagnostics.ToSortedList());
    }

    private Site? LoadBuildAndRelate(BuildOptions options, InputFolder input, DiagnosticBag diagnostics, IProgress<GenerationProgress>? progress)
    {
        if (!Directory.Exists(input.FullPath))
        {
            diagnostics.Error(Codes.MissingSiteConfig, input.DisplayRoot, 0, 0, "the input folder does not exist. Pass --input with the folder that holds site.yml.");
            return null;
        }

        var site = LoadAndBuild(options, input, diagnostics, progress);
        if (site is null || diagnostics.HasErrors) return site;

        site = site with { Related = relatedFinder.FindAll(site) };
        Finished(progress, GenerationStage.Relate, site.Articles.Count);
        return site;
    }

    /// <summary>A method of its own so the loaded Markdown trees are garbage once Build has rendered the bodies (unless serve's cache keeps them).</summary>
    private Site? LoadAndBuild(BuildOptions options, InputFolder input, DiagnosticBag diagnostics, IProgress<GenerationProgress>? progress)
    {
        progress?.Report(new GenerationProgress(GenerationStage.Load, 0, null));
        var content = new ContentLoader(diagnostics, documents).Load(input);
        Finished(progress, GenerationStage.Load, content.Documents.Count);
        var site = new SiteBuilder(content.Pipeline, diagnostics).Build(content, options);
        Finished(progress, GenerationStage.Build, site?.Articles.Count ?? 0);
        return site;
    }

    private static void Finished(IProgress<GenerationProgress>? progress, GenerationStage stage, int count) =>
        progress?.Report(new GenerationProgress(stage, count, count));

    /// <summary>Reports the stage's start now and each completed item later, or nothing without a listener.</summary>
    private static IProgress<int>? Counting(IProgress<GenerationProgress>? progress, GenerationStage stage, int total)
    {
        if (progress is null) return null;
        progress.Report(new GenerationProgress(stage, 0, total));
        return new CountReporter(completed => progress.Report(new GenerationProgress(stage, completed, total)));
    }

    private sealed class CountReporter(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
