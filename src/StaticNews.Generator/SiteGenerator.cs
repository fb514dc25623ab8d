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
    private readonly IRelatedArticlesFinder relatedFinder = relatedFinder ?? new RelatedEngine();
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
        }
        return new BuildResult(generated.Diagnostics, generated.Site?.Articles.Count ?? 0, generated.PageCount, written, clock.Elapsed);
    }

    /// <summary>The first four stages, in memory: nothing is written.</summary>
    public async Task<GeneratedSite> GenerateAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var related = Relate(options);
        if (related.Site is not { } site || !related.Succeeded) return related;
        var pages = PagePlanner.Plan(site);
        var rendered = await new PageRenderer(workers).RenderAsync(pages, cancellationToken);
        return related with { Files = SiteFiles.Collect(rendered, InputFolder.From(options.InputDirectory)), PageCount = pages.Count };
    }

    /// <summary>The first three stages (Load, Build, Relate): the site's model with its related blocks; nothing is rendered.</summary>
    public GeneratedSite Relate(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var input = InputFolder.From(options.InputDirectory);
        if (!Directory.Exists(input.FullPath))
        {
            diagnostics.Error(Codes.MissingSiteConfig, input.DisplayRoot, 0, 0, "the input folder does not exist. Pass --input with the folder that holds site.yml.");
            return new GeneratedSite(null, [], 0, diagnostics.ToSortedList());
        }

        var pipeline = ArticleMarkdown.CreatePipeline();
        var content = new ContentLoader(pipeline, diagnostics).Load(input);
        var site = new SiteBuilder(pipeline, diagnostics).Build(content, options);
        if (site is null || diagnostics.HasErrors)
            return new GeneratedSite(site, [], 0, diagnostics.ToSortedList());

        site = site with { Related = relatedFinder.FindAll(site) };
        return new GeneratedSite(site, [], 0, diagnostics.ToSortedList());
    }
}
