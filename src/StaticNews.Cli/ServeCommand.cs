using System.CommandLine;
using System.CommandLine.Parsing;
using System.Net;
using StaticNews.Preview;

namespace StaticNews.Cli;

/// <summary><c>staticnews serve</c>: previews the site with live reload until Ctrl+C, SIGTERM or SIGHUP.</summary>
public sealed class ServeCommand : Command
{
    /// <summary>Exit code when the address cannot be bound (port in use), distinct from a build's 1.</summary>
    public const int AddressInUseExitCode = 3;

    public readonly SiteOptions Site = new();

    public readonly Option<int> Port = new("--port", "-p")
    {
        Description = "The port to listen on (0 picks a free one).",
        DefaultValueFactory = _ => PreviewOptions.DefaultPort,
    };

    public readonly Option<string> Host = new("--host")
    {
        Description = "The address to listen on: loopback unless you ask for another (e.g. 0.0.0.0 to be reachable from your network).",
        DefaultValueFactory = _ => PreviewOptions.DefaultHost,
    };

    public readonly Option<DirectoryInfo> Theme = new("--theme")
    {
        Description = "The Razor theme project to watch; edits to it are compiled and shown without a restart.",
        DefaultValueFactory = _ => new DirectoryInfo("theme"),
    };

    public ServeCommand() : base("serve", "Preview the site on a local web server that rebuilds and reloads the browser on every change.")
    {
        Site.AddTo(this, withOutput: false);
        Options.Add(Port);
        Options.Add(Host);
        Options.Add(Theme);
        Port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535) result.AddError("--port must be between 0 and 65535.");
        });
        Host.Validators.Add(result =>
        {
            var host = result.GetValueOrDefault<string>();
            if (host != "localhost" && !IPAddress.TryParse(host, out _)) result.AddError($"--host '{host}' is not an IP address or localhost.");
        });
        SetAction(RunAsync);
    }

    private static bool IsLoopback(string host) => host == "localhost" || IPAddress.Parse(host) is var address && IPAddress.IsLoopback(address);

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken invocationStopping)
    {
        using var signals = StopSignals.Listen(invocationStopping);
        var cancellationToken = signals.Token;
        var output = TextWriter.Synchronized(parseResult.InvocationConfiguration.Output);
        var error = parseResult.InvocationConfiguration.Error;
        var options = new PreviewOptions
        {
            Build = Site.Bind(parseResult),
            Port = parseResult.GetValue(Port),
            Host = parseResult.GetValue(Host)!,
            ThemeDirectory = parseResult.GetValue(Theme)?.FullName,
        };
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(options, output, cancellationToken);
        }
        catch (PortInUseException e)
        {
            error.WriteLine(e.Message);
            return AddressInUseExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped during the first build: nothing is served yet, so there is nothing more to stop.
            output.WriteLine("Stopping.");
            return 0;
        }

        await using (server)
        {
            output.WriteLine($"Serving {server.Address} (press Ctrl+C to stop)");
            if (!IsLoopback(options.Host))
                output.WriteLine($"Listening on {options.Host}: other machines on your network can open this preview.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                output.WriteLine("Stopping.");
            }
        }
        return 0;
    }
}
