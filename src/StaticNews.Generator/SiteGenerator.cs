using System.Diagnostics;
using StaticNews.Generator.Building;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Generator.Markdown;
using StaticNews.Generator.Relating;
using StaticNews.Generator.Rendering;
using StaticNews.Generator.Writing;

namespace StaticNews.Generator;

/// <summary>Builds a news site: Load → Build → Relate → Render → Write. Content problems become diagnostics, never exceptions.</summary>
public sealed class SiteGenerator(IRelatedArticlesFinder? relatedFinder = null, int? workers = null)
{
    private readonly IRelatedArticlesFinder relatedFinder = relatedFinder ?? new SharedTopicsFinder();
    private readonly int workers = workers ?? Environment.ProcessorCount;

    public async Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var input = InputFolder.From(options.InputDirectory);
        if (!Directory.Exists(input.FullPath))
        {
            diagnostics.Error(Codes.MissingSiteConfig, input.DisplayRoot, 0, 0, "the input folder does not exist. Pass --input with the folder that holds site.yml.");
            return new BuildResult(diagnostics.ToSortedList(), 0, 0, 0, clock.Elapsed);
        }
        if (!OutputGuard.IsSafe(options.OutputDirectory, [input.FullPath], diagnostics))
            return new BuildResult(diagnostics.ToSortedList(), 0, 0, 0, clock.Elapsed);

        var pipeline = ArticleMarkdown.CreatePipeline();
        var content = new ContentLoader(pipeline, diagnostics).Load(input);
        var site = new SiteBuilder(pipeline, diagnostics).Build(content, options);
        if (site is null || diagnostics.HasErrors)
            return new BuildResult(diagnostics.ToSortedList(), site?.Articles.Count ?? 0, 0, 0, clock.Elapsed);

        site = site with { Related = relatedFinder.FindAll(site) };
        var pages = PagePlanner.Plan(site);
        var rendered = await new PageRenderer(workers).RenderAsync(pages, cancellationToken);
        var written = await new OutputFolder(options.OutputDirectory).ReplaceWithAsync(SiteFiles.Collect(rendered, input), cancellationToken);
        return new BuildResult(diagnostics.ToSortedList(), site.Articles.Count, pages.Count, written, clock.Elapsed);
    }
}
