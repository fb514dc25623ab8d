using System.Text.Json;
using System.Threading.Channels;
using StaticNews.Preview.LiveReload;

namespace StaticNews.Preview.Tests;

/// <summary>Listens to the preview's server-sent events the way a tab does and hands out the messages.</summary>
public sealed class EventStream : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource stop = new();
    private readonly Channel<ReloadMessage> messages = Channel.CreateUnbounded<ReloadMessage>();
    private Task reading = Task.CompletedTask;

    public static async Task<EventStream> OpenAsync(Uri server)
    {
        var stream = new EventStream();
        var response = await stream.http.GetAsync(new Uri(server, ReloadScript.EventsPath), HttpCompletionOption.ResponseHeadersRead, stream.stop.Token);
        stream.reading = stream.ReadAsync(new StreamReader(await response.Content.ReadAsStreamAsync(stream.stop.Token)));
        return stream;
    }

    /// <summary>The next message, within a bounded wait.</summary>
    public async Task<ReloadMessage> NextAsync(int timeoutMs = 10_000) =>
        await messages.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromMilliseconds(timeoutMs));

    /// <summary>Whether the stream ended (the server closed it) within the wait.</summary>
    public async Task<bool> EndsWithinAsync(TimeSpan wait)
    {
        try
        {
            await reading.WaitAsync(wait);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private async Task ReadAsync(StreamReader reader)
    {
        try
        {
            while (await reader.ReadLineAsync(stop.Token) is { } line)
                if (line.StartsWith("data: ", StringComparison.Ordinal))
                    messages.Writer.TryWrite(JsonSerializer.Deserialize<ReloadMessage>(line["data: ".Length..], Json)!);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
        {
            // The server went away or the test stopped listening.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await reading;
        http.Dispose();
        stop.Dispose();
    }
}
