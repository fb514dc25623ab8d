using System.Diagnostics;
using System.Globalization;
using StaticNews.Generator;
using StaticNews.Generator.Loading;
using StaticNews.Generator.Relating;
using StaticNews.Generator.Rendering;
using StaticNews.Preview.LiveReload;
using StaticNews.Preview.Serving;
using StaticNews.Preview.Theming;
using StaticNews.Preview.Watching;

namespace StaticNews.Preview;

/// <summary>
/// Runs the same <see cref="SiteGenerator"/> as <c>build</c>, in memory, one build at a time; keeps the last good
/// site when a build fails, and tells open tabs which pages changed or which errors to show.
/// A rebuild never throws (but for cancellation): whatever stopped it is shown as errors, so the watcher keeps going.
/// </summary>
/// <param name="relatedFinder">The Relate stage's engine; null for the standard one (tests hand in one that fails).</param>
public sealed class SiteRebuilder(
    BuildOptions options, SiteTheme initialTheme, ThemeCompiler? themeCompiler, ReloadHub hub, TextWriter log, IRelatedArticlesFinder? relatedFinder = null)
{
    private ArticleCache articles = new();
    private SiteTheme theme = initialTheme;
    private volatile PreviewState state = PreviewState.Starting;

    public PreviewState State => state;

    /// <summary>What a tab that just connected needs to know.</summary>
    public ReloadMessage Hello()
    {
        var current = state;
        return new ReloadMessage(current.Site.Version, Hello: true, [], ReloadAll: false, current.Problems.Select(ProblemView.From).ToList());
    }

    public async Task RebuildAsync(ChangeKind kind, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            await GenerateAsync(kind, clock, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A run stopped half-way may have left bodies half-updated in the cache: the next one starts from cold.
            articles = new ArticleCache();
            Fail(RebuildFailure.From(e, options.InputDirectory), clock);
        }
    }

    private async Task GenerateAsync(ChangeKind kind, Stopwatch clock, CancellationToken cancellationToken)
    {
        if (kind == ChangeKind.ThemeCode && themeCompiler is not null)
        {
            log.WriteLine("Compiling the theme…");
            var (compiled, errors) = await themeCompiler.CompileAsync(cancellationToken);
            if (compiled is null)
            {
                Fail(errors, clock);
                return;
            }
            theme = compiled;
        }

        // Pages whose key is unchanged since the last good build are reused: an edit renders only the pages it touches.
        var generated = await new SiteGenerator(relatedFinder, theme: theme, previous: state.Site.AsPreviousBuild(), articles: articles).GenerateAsync(options, cancellationToken);
        foreach (var warning in generated.Diagnostics.Where(d => !d.IsError)) log.WriteLine(warning);
        if (!generated.Succeeded)
        {
            Fail(generated.Diagnostics.Where(d => d.IsError).ToList(), clock);
            return;
        }

        var previous = state;
        var site = await SiteSnapshot.FromAsync(generated, previous.Site, cancellationToken);
        var changed = site.ChangedSince(previous.Site);
        state = new PreviewState(site, []);
        var pages = changed.Where(path => path.EndsWith(".html", StringComparison.Ordinal)).Select(site.UrlOf).ToList();
        var reloadAll = kind == ChangeKind.ThemeCode || changed.Count > pages.Count;
        hub.Broadcast(new ReloadMessage(site.Version, Hello: false, pages, reloadAll, []));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Built in {clock.Elapsed.TotalSeconds:0.00} s: {generated.PageCount} pages ({generated.PagesRendered} rendered), {changed.Count} files changed."));
    }

    private void Fail(IReadOnlyList<Generator.Diagnostics.Diagnostic> errors, Stopwatch clock)
    {
        state = state with { Problems = errors };
        hub.Broadcast(new ReloadMessage(state.Site.Version, Hello: false, [], ReloadAll: false, errors.Select(ProblemView.From).ToList()));
        foreach (var error in errors) log.WriteLine(error);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Build failed in {clock.Elapsed.TotalSeconds:0.00} s with {errors.Count} errors; still serving the last good site."));
    }
}
