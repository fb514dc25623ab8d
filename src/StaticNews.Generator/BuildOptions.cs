namespace StaticNews.Generator;

/// <summary>What the user asked for on the command line.</summary>
public sealed record BuildOptions
{
    public string InputDirectory { get; init; } = "input";
    public string OutputDirectory { get; init; } = "output";

    /// <summary>Overrides site.yml's base_url, e.g. to publish under a sub-folder.</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>Publish articles marked <c>draft: true</c> too.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Publish articles dated after <see cref="Now"/> too.</summary>
    public bool IncludeFuture { get; init; }

    /// <summary>The build clock: every time-based rule (scheduling, expiry, the news sitemap) reads it. Read once per run.</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Check that every internal link and asset reference of the rendered pages names a generated file.</summary>
    public bool CheckLinks { get; init; } = true;

    /// <summary>Reuse pages of the previous build whose key is unchanged (<c>--no-cache</c> turns it off for a cold build).</summary>
    public bool UseCache { get; init; } = true;
}
