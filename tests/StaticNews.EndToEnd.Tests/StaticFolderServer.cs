using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace StaticNews.EndToEnd.Tests;

/// <summary>A plain static host for a built site: Kestrel on 127.0.0.1 and a free port, serving files as any static host would.</summary>
public sealed class StaticFolderServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private StaticFolderServer(WebApplication app) => this.app = app;

    public Uri Address => new(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/");

    public static async Task<StaticFolderServer> StartAsync(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.UseFileServer(new FileServerOptions { FileProvider = new PhysicalFileProvider(folder) });
        await app.StartAsync();
        return new StaticFolderServer(app);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
