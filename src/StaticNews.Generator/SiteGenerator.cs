using System.Diagnostics;
using StaticNews.Generator.Building;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Generator.Markdown;
using StaticNews.Generator.Publishing;
using StaticNews.Generator.Relating;
using StaticNews.Generator.Rendering;
using StaticNews.Generator.Writing;

namespace StaticNews.Generator;

/// <summary>Builds a news site: Load → Build → Relate → Render → Write. Content problems become diagnostics, never exceptions.</summary>
/// <param name="theme">The theme to render with; the compiled-in one unless <c>serve</c> loaded a fresh build of theme/.</param>
/// <param name="documents">Loaded articles kept between runs by <c>serve</c>; one run at a time may use it.</param>
public sealed class SiteGenerator(IRelatedArticlesFinder? relatedFinder = null, int? workers = null, SiteTheme? theme = null, SourceDocumentCache? documents = null)
{
    private readonly IRelatedArticlesFinder relatedFinder = relatedFinder ?? new SharedTopicsFinder();
    private readonly int workers = workers ?? Environment.ProcessorCount;

    /// <summary>Generates the site and, when there is no error, replaces the output folder with it.</summary>
    public async Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var generated = await GenerateAsync(options, cancellationToken);
        var written = 0;
        if (generated.Succeeded)
        {
            var guard = new DiagnosticBag();
            if (!OutputGuard.IsSafe(options.OutputDirectory, [options.InputDirectory], guard))
                return new BuildResult(guard.ToSortedList(), generated.Site?.Articles.Count ?? 0, 0, 0, clock.Elapsed);
            written = await new OutputFolder(options.OutputDirectory).ReplaceWithAsync(generated.Files, cancellationToken);
            await NextChangeFile.WriteAsync(options.OutputDirectory, generated.Site?.NextChange, cancellationToken);
        }
        return new BuildResult(generated.Diagnostics, generated.Site?.Articles.Count ?? 0, generated.PageCount, written, clock.Elapsed)
        {
            NextChange = generated.Site?.NextChange,
        };
    }

    /// <summary>The first four stages, in memory: nothing is written.</summary>
    public async Task<GeneratedSite> GenerateAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var diagnostics = new DiagnosticBag();
        var input = InputFolder.From(options.InputDirectory);
        if (!Directory.Exists(input.FullPath))
        {
            diagnostics.Error(Codes.MissingSiteConfig, input.DisplayRoot, 0, 0, "the input folder does not exist. Pass --input with the folder that holds site.yml.");
            return new GeneratedSite(null, [], 0, diagnostics.ToSortedList());
        }

        var pipeline = ArticleMarkdown.CreatePipeline();
        var content = new ContentLoader(pipeline, diagnostics, documents).Load(input);
        var site = new SiteBuilder(pipeline, diagnostics).Build(content, options);
        if (site is null || diagnostics.HasErrors)
            return new GeneratedSite(site, [], 0, diagnostics.ToSortedList());

        site = site with { Related = relatedFinder.FindAll(site) };
        var pages = PagePlanner.Plan(site);
        var rendered = await new PageRenderer(workers, theme).RenderAsync(pages, cancellationToken);
        var files = SiteFiles.Collect(rendered, input, site.UnpublishedFiles, theme).Concat(SiteOutputs.Collect(site, pages, options.Now)).ToList();
        return new GeneratedSite(site, files, pages.Count, diagnostics.ToSortedList());
    }
}
