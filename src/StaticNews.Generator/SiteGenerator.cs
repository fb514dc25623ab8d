using System.Diagnostics;
using StaticNews.Generator.Building;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Generator.Relating;
using StaticNews.Generator.Rendering;
using StaticNews.Generator.Writing;

namespace StaticNews.Generator;

/// <summary>Builds a news site: Load → Build → Relate → Render → Write. Content problems become diagnostics, never exceptions.</summary>
public sealed class SiteGenerator(IRelatedArticlesFinder? relatedFinder = null, int? workers = null)
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
        }
        return new BuildResult(generated.Diagnostics, generated.Site?.Articles.Count ?? 0, generated.PageCount, written, clock.Elapsed);
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

        var content = new ContentLoader(diagnostics).Load(input);
        var site = new SiteBuilder(content.Pipeline, diagnostics).Build(content, options);
        if (site is null || diagnostics.HasErrors)
            return new GeneratedSite(site, [], 0, diagnostics.ToSortedList());

        site = site with { Related = relatedFinder.FindAll(site) };
        var pages = PagePlanner.Plan(site);
        var rendered = await new PageRenderer(workers).RenderAsync(pages, cancellationToken);
        return new GeneratedSite(site, SiteFiles.Collect(rendered, input), pages.Count, diagnostics.ToSortedList());
    }
}
