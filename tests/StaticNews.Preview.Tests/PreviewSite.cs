using StaticNews.Generator;
using StaticNews.Generator.Relating;
using StaticNews.TestSupport;

namespace StaticNews.Preview.Tests;

/// <summary>A preview server on a free loopback port over a temporary copy of the fixture newsroom.</summary>
public sealed class PreviewSite : IAsyncDisposable
{
    private readonly TempFolder temp = new();

    private PreviewSite() => Input = temp.CopyFrom(RepositoryPaths.Fixture("valid", "newsroom", "input"), "input");

    public string Input { get; }
    public PreviewServer Server { get; private set; } = null!;
    public StringWriter Log { get; } = new();

    /// <summary>The fixture's base_url puts the site under /news/.</summary>
    public const string ArticlePath = "/news/world/harbour-reopens/";
    public const string ArticleFile = "world/harbour-reopens.md";

    /// <param name="prepare">Changes to the input folder before the first build, given its path.</param>
    /// <param name="debounce">How long the watcher waits for saves to go quiet; short, so tests do not wait.</param>
    /// <param name="relatedFinder">The Relate stage's engine; null for the standard one.</param>
    public static async Task<PreviewSite> StartAsync(Action<string>? prepare = null, TimeSpan? debounce = null, IRelatedArticlesFinder? relatedFinder = null)
    {
        var site = new PreviewSite();
        prepare?.Invoke(site.Input);
        site.Server = await PreviewServer.StartAsync(new PreviewOptions
        {
            Build = new BuildOptions { InputDirectory = site.Input },
            Port = 0,
            Debounce = debounce ?? TimeSpan.FromMilliseconds(50),
            RelatedFinder = relatedFinder,
        }, TextWriter.Synchronized(site.Log));
        return site;
    }

    public Uri Url(string path) => new(Server.Address, path);

    public string ArticleText => File.ReadAllText(Path.Combine(Input, ArticleFile));

    /// <summary>Rewrites the article the way editors save: a temp file renamed over the original.</summary>
    public void EditArticle(Func<string, string> change)
    {
        var target = Path.Combine(Input, ArticleFile);
        var saving = target + ".saving~";
        File.WriteAllText(saving, change(File.ReadAllText(target)));
        File.Move(saving, target, overwrite: true);
    }

    /// <summary>Polls until <paramref name="condition"/> holds, failing after a bounded wait.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting until {what}.");
            await Task.Delay(25);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        temp.Dispose();
    }
}
