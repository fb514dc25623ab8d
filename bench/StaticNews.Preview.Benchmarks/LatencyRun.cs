using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using StaticNews.Generator;
using StaticNews.Preview.LiveReload;

namespace StaticNews.Preview.Benchmarks;

/// <summary>
/// Starts the preview on a site, listens to its events like an open tab, then edits one article several times:
/// the latency is from saving the file to having the new page's HTML (event received, page fetched).
/// </summary>
public static class LatencyRun
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task ReportAsync(string name, SiteCopy site, int edits)
    {
        var clock = Stopwatch.StartNew();
        await using var server = await PreviewServer.StartAsync(new PreviewOptions { Build = new BuildOptions { InputDirectory = site.Input }, Port = 0 }, TextWriter.Null);
        var startup = clock.Elapsed;
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        using var events = new StreamReader(await http.GetStreamAsync(new Uri(server.Address, ReloadScript.EventsPath)));
        var hello = await NextMessageAsync(events);
        if (hello.Problems.Count > 0) throw new InvalidOperationException($"The first build failed: {string.Join("; ", hello.Problems.Select(p => p.Message))}");

        var latencies = new List<double>();
        for (var edit = 1; edit <= edits; edit++)
        {
            var marker = string.Create(CultureInfo.InvariantCulture, $"Benchmark edit {edit} {Guid.NewGuid():N}.");
            var text = File.ReadAllText(site.ArticleFile) + $"\n{marker}\n";
            clock.Restart();
            File.WriteAllText(site.ArticleFile + ".saving~", text);
            File.Move(site.ArticleFile + ".saving~", site.ArticleFile, overwrite: true);
            var message = await NextMessageAsync(events);
            var pageUrl = message.Pages.FirstOrDefault(url => url.Contains(site.Slug, StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"The rebuild did not name {site.Slug}: pages [{string.Join(", ", message.Pages)}], problems [{string.Join("; ", message.Problems.Select(p => p.Message))}].");
            var page = await http.GetStringAsync(new Uri(server.Address, pageUrl));
            if (!page.Contains(marker, StringComparison.Ordinal)) throw new InvalidOperationException("The reloaded page lacks the edit.");
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }

        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: first build {startup.TotalSeconds:0.00} s; edit → new page median {latencies[latencies.Count / 2]:0} ms, min {latencies[0]:0} ms, max {latencies[^1]:0} ms"));
    }

    private static async Task<ReloadMessage> NextMessageAsync(StreamReader events)
    {
        while (await events.ReadLineAsync() is { } line)
            if (line.StartsWith("data: ", StringComparison.Ordinal))
                return JsonSerializer.Deserialize<ReloadMessage>(line["data: ".Length..], Json)!;
        throw new EndOfStreamException("The event stream closed.");
    }
}
