using System.Diagnostics;
using StaticNews.Generator.Building;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Incremental;
using StaticNews.Generator.Loading;
using StaticNews.Generator.Pictures;
using StaticNews.Generator.Relating;
using StaticNews.Generator.Rendering;
using StaticNews.Generator.Writing;
using StaticNews.Model;

namespace StaticNews.Generator;

/// <summary>Builds a news site: Load → Build → Relate → Render → Write. Content problems become diagnostics, never exceptions.</summary>
/// <param name="theme">The theme to render with; the compiled-in one unless <c>serve</c> loaded a fresh build of theme/.</param>
/// <param name="previous">The last good in-memory generation (<c>serve</c>): its pages are reused where their key is unchanged.</param>
/// <param name="articles">Article bodies kept between runs by <c>serve</c>; <c>build</c> reads and writes its own beside the output.</param>
public sealed partial class SiteGenerator(
    IRelatedArticlesFinder? relatedFinder = null, int? workers = null, SiteTheme? theme = null,
    PreviousBuild? previous = null, ArticleCache? articles = null)
{
    /// <summary>Pages rendered, checked and written together; a batch is all a build holds of its HTML at once.</summary>
    private const int RenderBatch = 512;

    /// <summary>Up to this many changed pages a rebuild patches the output in place; more, and it writes a whole new folder.</summary>
    private const int PatchLimit = 2048;

    private readonly IRelatedArticlesFinder relatedFinder = relatedFinder ?? new RelatedEngine();
    private readonly int workers = workers ?? Environment.ProcessorCount;
    private readonly SiteTheme theme = theme ?? SiteTheme.CompiledIn;

    /// <summary>
    /// Generates the site into a folder beside the output and, when there is no error, swaps it in. Pages whose key
    /// matches the previous build's manifest are carried over untouched unless <see cref="BuildOptions.UseCache"/> is off.
    /// </summary>
    public async Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default, IProgress<GenerationProgress>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        // Refuse a destructive output folder before spending a whole generation on it.
        if (!OutputGuard.IsSafe(options.OutputDirectory, [options.InputDirectory], diagnostics))
            return new BuildResult(diagnostics.ToSortedList(), 0, 0, 0, clock.Elapsed);

        var output = new OutputFolder(options.OutputDirectory);
        using var held = TakeLock(output, options.OutputDirectory, diagnostics);
        if (held is null) return new BuildResult(diagnostics.ToSortedList(), 0, 0, 0, clock.Elapsed);
        var input = InputFolder.From(options.InputDirectory);
        var notes = new List<string>();
        var cache = articles ?? (options.UseCache ? ArticleCache.Read(BuildManifest.ArticlesPathFor(output), discarded: notes.Add) : new ArticleCache());
        var store = new PictureStore(options.UseCache ? BuildManifest.PicturesPathFor(output) : null);
        var (site, pictures) = LoadBuildAndRelate(options, input, diagnostics, progress, cache, store);
        if (site is null || pictures is null || diagnostics.HasErrors)
            return new BuildResult(diagnostics.ToSortedList(), site?.Articles.Count ?? 0, 0, 0, clock.Elapsed) { Notes = notes, PicturesEncoded = pictures?.Encoded ?? 0 };

        var last = options.UseCache ? BuildManifest.Read(output, discarded: notes.Add) : PreviousBuild.None;
        try
        {
            var plan = Plan(options, input, site, pictures.Files, last, diagnostics);
            if (diagnostics.HasErrors) return Failed();
            OutputChanges changes;
            if (last.PageCount > 0 && plan.Fresh.Count <= PatchLimit)
            {
                // Few pages changed: render and check them all first, then patch them into the output in place.
                var files = new List<OutputFile>();
                await RenderAndCheckAsync(plan, site, diagnostics, (batch, _) => { files.AddRange(batch); return Task.CompletedTask; }, cancellationToken, progress);
                if (diagnostics.HasErrors) return Failed();
                BuildManifest.Forget(output);
                changes = await output.PatchAsync(files, plan.Lost, cancellationToken);
            }
            else
            {
                using var staged = output.BeginReplace();
                await RenderAndCheckAsync(plan, site, diagnostics, staged.WriteAsync, cancellationToken, progress);
                if (diagnostics.HasErrors) return Failed();
                BuildManifest.Forget(output);
                staged.Commit();
                changes = staged.Changes;
            }
            progress?.Report(new GenerationProgress(GenerationStage.Write, changes.Changed, changes.Changed));
            await SaveStateAsync(output, options, plan, last, cache, site, diagnostics, cancellationToken);
            store.Prune(DateTime.UtcNow);
            return new BuildResult(diagnostics.ToSortedList(), site.Articles.Count, plan.Pages.Count, changes.Changed, clock.Elapsed)
            {
                FilesRemoved = changes.Removed,
                FilesUnchanged = changes.Unchanged,
                NextChange = site.NextChange,
                PagesRendered = plan.Fresh.Count,
                Notes = notes,
                PicturesEncoded = pictures.Encoded,
            };

            BuildResult Failed() => new(diagnostics.ToSortedList(), site.Articles.Count, plan.Pages.Count, 0, clock.Elapsed) { Notes = notes };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.OutputWriteFailed, options.OutputDirectory, 0, 0,
                $"the site could not be written: {ex.Message} The previous output was left as it was. Check the folder's permissions and free space.");
            return new BuildResult(diagnostics.ToSortedList(), site.Articles.Count, 0, 0, clock.Elapsed);
        }
    }

    /// <summary>The output's lock, or null when another build holds it or it cannot be made (reported).</summary>
    private static OutputLock? TakeLock(OutputFolder output, string display, DiagnosticBag diagnostics)
    {
        try
        {
            if (OutputLock.TryTake(output) is { } taken) return taken;
            diagnostics.Error(Codes.OutputLocked, display, 0, 0,
                "another build is writing this output folder, so this one stopped before touching it. Wait for the other build to finish, then build again.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.OutputWriteFailed, display, 0, 0,
                $"the build could not lock the output folder: {ex.Message} Nothing was written. Check the permissions of the folder that holds the output.");
        }
        return null;
    }

    /// <summary>
    /// The manifest, article cache and next-change file of a build whose site is already live: a failure to save them
    /// (a full disk) is a warning that says so, since the next build only starts cold.
    /// </summary>
    private static async Task SaveStateAsync(
        OutputFolder output, BuildOptions options, BuildPlan plan, PreviousBuild last, ArticleCache cache, Site site,
        DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        try
        {
            await BuildManifest.WriteAsync(output, plan.PageKeys, plan.Paths, plan.Reused, last, cancellationToken);
            cache.Write(BuildManifest.ArticlesPathFor(output));
            await NextChangeFile.WriteAsync(options.OutputDirectory, site.NextChange, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            BuildManifest.TryForget(output);
            diagnostics.Warning(Codes.StateNotSaved, options.OutputDirectory, 0, 0,
                $"the new site is live, but the build's records beside it could not be saved: {ex.Message} The next build will render every page again. Check the free space and permissions of the folder that holds the output.");
        }
    }

    /// <summary>The whole site in memory, link-checked: nothing is written. Pages of <c>previous</c> with an unchanged key are reused.</summary>
    public async Task<GeneratedSite> GenerateAsync(BuildOptions options, CancellationToken cancellationToken = default, IProgress<GenerationProgress>? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        var input = InputFolder.From(options.InputDirectory);
        var (site, pictures) = LoadBuildAndRelate(options, input, diagnostics, progress, articles, new PictureStore(folder: null));
        if (site is null || pictures is null || diagnostics.HasErrors)
            return new GeneratedSite(site, [], 0, diagnostics.ToSortedList());

        var plan = Plan(options, input, site, pictures.Files, previous ?? PreviousBuild.None, diagnostics);
        if (diagnostics.HasErrors) return new GeneratedSite(site, [], plan.Pages.Count, diagnostics.ToSortedList());
        var files = new List<OutputFile>();
        await RenderAndCheckAsync(plan, site, diagnostics, (batch, _) => { files.AddRange(batch); return Task.CompletedTask; }, cancellationToken, progress);
        return new GeneratedSite(site, diagnostics.HasErrors ? [] : files, plan.Pages.Count, diagnostics.ToSortedList())
        {
            PageKeys = plan.PageKeys,
            PagesRendered = plan.Fresh.Count,
        };
    }

    /// <summary>The first three stages (Load, Build, Relate): the site's model with its related blocks; nothing is rendered.</summary>
    public GeneratedSite Relate(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var (site, _) = LoadBuildAndRelate(options, InputFolder.From(options.InputDirectory), diagnostics, progress: null, articles, pictures: null);
        return new GeneratedSite(site, [], 0, diagnostics.ToSortedList());
    }

    /// <param name="pictures">Where encoded pictures are kept; without one (the <c>related</c> command) no picture is looked at.</param>
    private (Site? Site, PublishedPictures? Pictures) LoadBuildAndRelate(
        BuildOptions options, InputFolder input, DiagnosticBag diagnostics, IProgress<GenerationProgress>? progress, ArticleCache? cache, PictureStore? pictures)
    {
        if (!Directory.Exists(input.FullPath))
        {
            diagnostics.Error(Codes.MissingSiteConfig, input.DisplayRoot, 0, 0, "the input folder does not exist. Pass --input with the folder that holds site.yml.");
            return (null, null);
        }

        var site = LoadAndBuild(options, input, diagnostics, progress, cache);
        if (site is null || diagnostics.HasErrors)
        {
            SiteFiles.Check(input, diagnostics);
            return (site, null);
        }

        // Before Relate, so the related blocks hold the articles whose hero images carry their pictures.
        var published = pictures is null ? null : new PictureStage(pictures, diagnostics, workers).Publish(site, input);
        site = published?.Site ?? site;
        site = site with { Related = relatedFinder.FindAll(site) };
        Finished(progress, GenerationStage.Relate, site.Articles.Count);
        return (site, published);
    }

    /// <summary>A method of its own so the loaded Markdown trees are garbage once Build has rendered the bodies.</summary>
    private Site? LoadAndBuild(BuildOptions options, InputFolder input, DiagnosticBag diagnostics, IProgress<GenerationProgress>? progress, ArticleCache? cache)
    {
        progress?.Report(new GenerationProgress(GenerationStage.Load, 0, null));
        var content = new ContentLoader(diagnostics, cache).Load(input);
        Finished(progress, GenerationStage.Load, content.Documents.Count);
        var site = new SiteBuilder(content.Pipeline, diagnostics, cache).Build(content, options);
        Finished(progress, GenerationStage.Build, site?.Articles.Count ?? 0);
        return site;
    }
}
