using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;
using StaticNews.Model.Pages;

namespace StaticNews.Generator.Rendering;

/// <summary>The Render stage: turns page models into HTML with the Razor theme, pages shared out among workers.</summary>
/// <remarks>Disposing it disposes the renderers its shared cards were rendered on.</remarks>
public sealed class PageRenderer : IDisposable
{
    private const int PageBufferChars = 32 * 1024;

    private readonly int workers;
    private readonly SiteTheme? theme;

    // One set of shared markup for the whole stage: a story's card renders once, not once per batch it shows in.
    private readonly SharedMarkup shared;
    private readonly RenderServices services;

    public PageRenderer(int workers, SiteTheme? theme = null)
    {
        this.workers = workers;
        this.theme = theme;
        var resolve = (theme ?? SiteTheme.CompiledIn).Resolve;
        shared = new SharedMarkup(new RenderServices(new ThemeComponentActivator(resolve: resolve)));
        services = new RenderServices(new ThemeComponentActivator(shared, resolve));
    }

    public void Dispose() => shared.Dispose();

    public async Task<IReadOnlyList<RenderedPage>> RenderAsync(
        IReadOnlyList<PageModel> pages, CancellationToken cancellationToken = default, IProgress<int>? renderedPages = null)
    {
        var results = new RenderedPage[pages.Count];
        var done = 0;
        var workerCount = Math.Clamp(workers, 1, Math.Max(1, pages.Count));
        var tasks = Enumerable.Range(0, workerCount).Select(worker => Task.Run(async () =>
        {
            // One buffer per worker, big enough for a typical page: growing a fresh one chunk by chunk for every page costs more than the page.
            var html = new StringBuilder(PageBufferChars);
            for (var i = worker; i < pages.Count; i += workerCount)
            {
                cancellationToken.ThrowIfCancellationRequested();
                results[i] = new RenderedPage(pages[i].OutputPath, await RenderOneAsync(pages[i], theme ?? SiteTheme.CompiledIn, services, html));
                renderedPages?.Report(Interlocked.Increment(ref done));
            }
        }, cancellationToken));
        await Task.WhenAll(tasks);
        return results;
    }

    /// <summary>
    /// A fresh renderer per page: a renderer keeps every component it has rendered until it is disposed, and its
    /// bookkeeping (and the garbage collector) slows down as that grows; making one costs far less than keeping one.
    /// </summary>
    private static async Task<string> RenderOneAsync(PageModel page, SiteTheme theme, IServiceProvider services, StringBuilder html)
    {
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [ThemeComponents.PageParameter] = page });
            var output = await renderer.RenderComponentAsync(theme.ComponentFor(page), parameters);
            html.Clear();
            using var writer = new StringWriter(html);
            output.WriteHtmlTo(writer);
            return html.ToString();
        });
    }
}
