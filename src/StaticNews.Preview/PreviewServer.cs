using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StaticNews.Generator.Rendering;
using StaticNews.Preview.LiveReload;
using StaticNews.Preview.Serving;
using StaticNews.Preview.Theming;
using StaticNews.Preview.Watching;

namespace StaticNews.Preview;

/// <summary>
/// <c>staticnews serve</c>: Kestrel serving the site from memory, a watcher that rebuilds on change, and
/// server-sent events that reload open tabs or show the build's errors over the page.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly SiteRebuilder rebuilder;
    private readonly ChangeWatcher watcher;
    private readonly ChangeClassifier classifier;
    private readonly ThemeCompiler? themeCompiler;
    private readonly string scratchFolder;
    private readonly TextWriter log;
    private readonly CancellationTokenSource stopping = new();
    private Task watching = Task.CompletedTask;

    private PreviewServer(PreviewOptions options, TextWriter log, string scratchFolder)
    {
        this.scratchFolder = scratchFolder;
        this.log = log;
        var themeProject = options.ThemeDirectory is { } dir && Directory.Exists(dir) && Directory.EnumerateFiles(dir, "*.csproj").Any() ? dir : null;
        var theme = SiteTheme.CompiledIn;
        if (themeProject is not null)
        {
            themeCompiler = new ThemeCompiler(themeProject, scratchFolder);
            theme = theme.WithAssetsFrom(Path.Combine(themeProject, "wwwroot"));
        }

        var hub = new ReloadHub();
        rebuilder = new SiteRebuilder(options.Build, theme, themeCompiler, hub, log, options.RelatedFinder);
        classifier = new ChangeClassifier(options.Build.InputDirectory, themeProject);
        watcher = new ChangeWatcher(themeProject is null ? [options.Build.InputDirectory] : [options.Build.InputDirectory, themeProject], options.Debounce);
        app = CreateApp(options, hub);
    }

    /// <summary>The address the server listens on, e.g. http://127.0.0.1:5080/.</summary>
    public Uri Address { get; private set; } = null!;

    public PreviewState State => rebuilder.State;

    /// <summary>Binds the address, builds the site once and starts watching. Throws <see cref="PortInUseException"/> when the address is taken.</summary>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        var scratch = Path.Combine(Path.GetTempPath(), $"staticnews-serve-{Guid.NewGuid():N}");
        var server = new PreviewServer(options, log, scratch);
        try
        {
            await server.app.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is AddressInUseException || e.InnerException is AddressInUseException)
        {
            await server.DisposeAsync();
            throw new PortInUseException(
                $"Port {options.Port} on {options.Host} is already in use. Stop the other server or pass another port, e.g. --port {options.Port + 1}.", e);
        }
        try
        {
            server.Address = new Uri(server.app.Urls.First().TrimEnd('/') + "/");
            await server.rebuilder.RebuildAsync(ChangeKind.Site, cancellationToken);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        server.watching = server.WatchAsync(server.stopping.Token);
        return server;
    }

    private WebApplication CreateApp(PreviewOptions options, ReloadHub hub)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            if (options.Host == "localhost") kestrel.ListenLocalhost(options.Port);
            else kestrel.Listen(IPAddress.Parse(options.Host), options.Port);
        });
        // The web host puts the host-filtering middleware first (answering 400): here it learns the preview's own names.
        builder.Services.AddHostFiltering(filter =>
        {
            filter.AllowedHosts = PreviewHosts.For(options.Host).ToList();
            filter.AllowEmptyHosts = false;
        });
        var web = builder.Build();
        var site = new SiteRequestHandler(() => rebuilder.State);
        web.Run(context => context.Request.Path.Value switch
        {
            ReloadScript.EventsPath => HttpMethods.IsGet(context.Request.Method)
                ? hub.StreamAsync(context, rebuilder.Hello, stopping.Token)
                : MethodNotAllowed(context, "GET"),
            ReloadScript.ScriptPath => ServeScriptAsync(context),
            _ => site.HandleAsync(context),
        });
        return web;
    }

    private static Task MethodNotAllowed(HttpContext context, string allowed)
    {
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = allowed;
        return Task.CompletedTask;
    }

    private static Task ServeScriptAsync(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "text/javascript; charset=utf-8";
        return context.Response.Body.WriteAsync(ReloadScript.Source).AsTask();
    }

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var kind = classifier.Classify(await watcher.NextBatchAsync(cancellationToken));
                if (kind != ChangeKind.None) await rebuilder.RebuildAsync(kind, cancellationToken);
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested)
            {
                // Stopping: the rebuild was cancelled or the watcher disposed under it.
                return;
            }
            catch (Exception e)
            {
                // The rebuilder shows its own failures as errors; this keeps watching should the watching itself fail once.
                log.WriteLine($"Rebuild skipped: {e.Message}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        watcher.Dispose();
        await watching;
        await app.StopAsync();
        await app.DisposeAsync();
        themeCompiler?.Dispose();
        if (Directory.Exists(scratchFolder)) Directory.Delete(scratchFolder, recursive: true);
        stopping.Dispose();
    }
}
