using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace StaticNews.Preview.LiveReload;

/// <summary>Server-sent events to every open tab: one stream per tab, a message per build, a comment as keep-alive.</summary>
public sealed class ReloadHub
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    private readonly Lock gate = new();
    private readonly List<Channel<ReloadMessage>> listeners = [];

    public int ListenerCount
    {
        get { lock (gate) return listeners.Count; }
    }

    public void Broadcast(ReloadMessage message)
    {
        lock (gate)
            foreach (var listener in listeners) listener.Writer.TryWrite(message);
    }

    /// <summary>Streams messages to one tab until it goes away or the server stops; the first one describes the current state.</summary>
    /// <param name="hello">Asked after the tab is registered, so no build can fall between the two.</param>
    public async Task StreamAsync(HttpContext context, Func<ReloadMessage> hello, CancellationToken serverStopping)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, serverStopping);
        var channel = Channel.CreateUnbounded<ReloadMessage>(new UnboundedChannelOptions { SingleReader = true });
        lock (gate) listeners.Add(channel);
        try
        {
            var response = context.Response;
            response.ContentType = "text/event-stream; charset=utf-8";
            response.Headers.CacheControl = "no-store";
            // Browsers reconnect on their own; a short retry makes a restarted server reachable quickly.
            await WriteAsync(response, "retry: 500\n\n", stop.Token);
            await SendAsync(response, hello(), stop.Token);
            while (!stop.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                wait.CancelAfter(KeepAlive);
                try
                {
                    await SendAsync(response, await channel.Reader.ReadAsync(wait.Token), stop.Token);
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                    await WriteAsync(response, ": keep-alive\n\n", stop.Token);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed or the server is stopping.
        }
        finally
        {
            lock (gate) listeners.Remove(channel);
        }
    }

    private static Task SendAsync(HttpResponse response, ReloadMessage message, CancellationToken cancellationToken) =>
        WriteAsync(response, $"data: {JsonSerializer.Serialize(message, Json)}\n\n", cancellationToken);

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
