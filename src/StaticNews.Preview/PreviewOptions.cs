using StaticNews.Generator;
using StaticNews.Generator.Relating;

namespace StaticNews.Preview;

/// <summary>What <c>staticnews serve</c> was asked for.</summary>
public sealed record PreviewOptions
{
    public const int DefaultPort = 5080;
    public const string DefaultHost = "127.0.0.1";

    /// <summary>The same options a build takes; the output folder is not used (the preview serves from memory).</summary>
    public required BuildOptions Build { get; init; }

    /// <summary>An IP address or "localhost"; anything but loopback only when the user asks for it.</summary>
    public string Host { get; init; } = DefaultHost;

    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The Razor theme project folder to watch; null, or a folder without a project, means the compiled-in theme only.</summary>
    public string? ThemeDirectory { get; init; }

    /// <summary>How long the watcher waits for a burst of file events to go quiet before rebuilding.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The Relate stage's engine; null for the standard one. Tests hand in one that throws, to stand for any bug in a stage.</summary>
    internal IRelatedArticlesFinder? RelatedFinder { get; init; }
}
