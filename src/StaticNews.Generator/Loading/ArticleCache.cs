using System.IO.Hashing;
using System.Runtime.InteropServices;
using StaticNews.Generator.Markdown;
using StaticNews.Generator.Markdown.Typography;
using StaticNews.Model;

namespace StaticNews.Generator.Loading;

/// <summary>
/// What earlier runs learnt about each article file, by path and text hash: where its front matter is, its word count
/// and pictures (so Load need not parse its Markdown) and its body HTML and text profile (so Build need not render it).
/// Like git's index it keeps each file's stamp: a file whose stamp is unchanged, and older than the moment it was
/// taken, is not even read.
/// Kept in <c>.staticnews/cache/&lt;output&gt;.articles</c> by <c>build</c> and in memory by <c>serve</c>. Every entry
/// holds only for the code and Markdown settings that made it; a body only for its base path and while its links
/// and images still resolve the same way.
/// </summary>
public sealed partial class ArticleCache
{
    // Load only reads `previous` while its workers run; `current` is filled after them in one pass, and Build only reads it.
    private Dictionary<string, ArticleCacheEntry> previous;
    private Dictionary<string, ArticleCacheEntry> current = new(StringComparer.Ordinal);
    private int bodiesReused;
    private readonly TimeProvider clock;

    // When the stamps of `previous` and of `current` were taken (ns since 1970): every stamp after it, every read after its stamp.
    private long previousStampedAt;
    private long stampedAt;

    // Set by anything that changes what the cache file would hold (ArticleCache.Saving.cs).
    private bool changed;

    /// <param name="clock">Tells when a run's stamps are taken.</param>
    public ArticleCache(TimeProvider? clock = null) : this(0, null, 0, [], clock) { }

    internal ArticleCache(UInt128 settings, string? basePath, long stampedAt, Dictionary<string, ArticleCacheEntry> entries, TimeProvider? clock)
    {
        Settings = settings;
        BasePath = basePath;
        previous = entries;
        (previousStampedAt, this.stampedAt) = (stampedAt, stampedAt);
        this.clock = clock ?? TimeProvider.System;
    }

    /// <summary>When the stamps of <see cref="Entries"/> were taken (ns since 1970, UTC).</summary>
    internal long StampedAt => stampedAt;

    internal UInt128 Settings { get; private set; }

    /// <summary>How many entries an earlier run left for this one to reuse.</summary>
    internal int PreviousCount => previous.Count;
    internal string? BasePath { get; private set; }

    /// <summary>The entries of the files loaded in this run (or in the last run, before the next begins).</summary>
    internal IReadOnlyDictionary<string, ArticleCacheEntry> Entries => current;

    /// <summary>How many bodies the last Build took from the cache instead of rendering them.</summary>
    public int BodiesReused => bodiesReused;

    /// <summary>Starts a Load: what the last run learnt becomes what this one may reuse, if the Markdown settings are the same.</summary>
    /// <param name="language">site.yml's language, whose quotation marks the bodies hold.</param>
    public void Begin(bool allowRawHtml, string? language = null)
    {
        if (current.Count > 0)
        {
            previous = current;
            previousStampedAt = stampedAt;
            // A file found changed during the last run is read anew, whatever its stamp says.
            foreach (var (path, _) in previous.Where(e => e.Value.Outdated).ToList()) previous.Remove(path);
        }
        // Taken before any file is stamped or read, so no stamp of this run is older than it claims.
        stampedAt = SourceStamp.Nanoseconds(clock.GetUtcNow());
        current = new(StringComparer.Ordinal);
        bodiesReused = 0;
        var settings = SettingsKey(allowRawHtml, QuoteStyle.For(language));
        if (settings != Settings)
        {
            previous.Clear();
            changed = true;
        }
        Settings = settings;
    }

    /// <summary>
    /// The entry of a file whose stamp is the one it had when the entry was last made or checked, and settled then (not
    /// racily clean), with its front matter kept: trusted without reading the file. Otherwise null. Safe from many threads.
    /// </summary>
    public ArticleCacheEntry? Trusted(string relativePath, SourceStamp? stamp) =>
        stamp is { } now && previous.TryGetValue(relativePath, out var entry) && entry.Stamp == now && now.OlderThan(previousStampedAt)
        && entry.FrontMatter is not null
            ? entry
            : null;

    /// <summary>What the cache knows of this exact text of the file: its hash, and its entry or null. Safe from many threads.</summary>
    /// <param name="stamp">The file's stamp, taken before <paramref name="text"/> was read.</param>
    public ArticleCacheLookup Find(string relativePath, string text, SourceStamp? stamp)
    {
        var hash = HashOf(text);
        return new ArticleCacheLookup(relativePath, hash, previous.TryGetValue(relativePath, out var entry) && entry.Hash == hash ? entry : null, stamp);
    }

    /// <summary>The hash the cache knows a text by.</summary>
    public static UInt128 HashOf(string text) => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text.AsSpan()));

    /// <summary>
    /// Records, from one thread once the files are loaded, what this Load learnt: a found entry is kept; a fresh document
    /// is kept unless its front matter cannot be found by position. Its front matter read without a diagnostic
    /// (YamlReader gives null after any), so it may stand in for reading it again.
    /// </summary>
    public void Loaded(ArticleCacheLookup lookup, SourceDocument? document)
    {
        if (lookup.Entry is { } known)
        {
            // A touched file keeps its entry under its new stamp; a racily clean one that has settled since is written
            // again with this run's time, so the next run need not read it.
            if (known.Stamp != lookup.Stamp) known = known with { Stamp = lookup.Stamp };
            changed |= !ReferenceEquals(known, lookup.Entry)
                       || (lookup.Stamp is { } stamp && !stamp.OlderThan(previousStampedAt) && stamp.OlderThan(stampedAt));
            current[lookup.RelativePath] = known;
        }
        else if (document?.Place is { } place)
        {
            var frontMatter = CachedFrontMatter.CanKeep(document.FrontMatter) ? document.FrontMatter : null;
            current[lookup.RelativePath] = new ArticleCacheEntry(lookup.Hash, lookup.Stamp, place, document.BodyWordCount, [.. document.Pictures], frontMatter);
            changed = true;
        }
    }

    /// <summary>Starts a Build: bodies made for another base path (their image URLs start with it) are not reused.</summary>
    public void UseBasePath(string basePath)
    {
        if (BasePath != basePath)
        {
            foreach (var entry in current.Values) entry.Body = null;
            changed = true;
        }
        BasePath = basePath;
    }

    /// <summary>The cached body of the document when it still holds against this build's targets and input files; otherwise null.</summary>
    public CachedBody? Body(SourceDocument document, IReadOnlyDictionary<string, LinkTarget> targets, Func<string, bool> inputFileExists)
    {
        if (!current.TryGetValue(document.RelativePath, out var entry) || entry.Body is not { } body || !body.Holds(targets, inputFileExists)) return null;
        Interlocked.Increment(ref bodiesReused);
        return body;
    }

    /// <summary>
    /// Keeps a freshly rendered body, unless rendering it reported a problem (a reuse must not lose a diagnostic), it
    /// relied on a site setting the cache does not key on, or the file changed while it was built (its body was rendered from no text).
    /// </summary>
    public void Rendered(SourceDocument document, BodyFacts facts, string html, TextProfile text)
    {
        if (facts.Reported || facts.UsedSiteSettings || !current.TryGetValue(document.RelativePath, out var entry) || entry.Outdated) return;
        entry.Body = new CachedBody(html, text, [.. facts.Xrefs], [.. facts.Images.Distinct(StringComparer.Ordinal)]);
        changed = true;
    }

    /// <summary>The code that parses, renders and profiles (ours, Markdig's, the runtime's Unicode tables), the raw HTML setting and the quotation marks.</summary>
    private static UInt128 SettingsKey(bool allowRawHtml, QuoteStyle quotes)
    {
        var marks = System.Text.Encoding.UTF8.GetBytes(quotes.OpenDouble + quotes.CloseDouble + quotes.OpenSingle + quotes.CloseSingle);
        Span<byte> bytes = stackalloc byte[49 + marks.Length];
        marks.CopyTo(bytes[49..]);
        typeof(ArticleCache).Assembly.ManifestModule.ModuleVersionId.TryWriteBytes(bytes[..16]);
        typeof(Markdig.Markdown).Assembly.ManifestModule.ModuleVersionId.TryWriteBytes(bytes[16..32]);
        typeof(object).Assembly.ManifestModule.ModuleVersionId.TryWriteBytes(bytes[32..48]);
        bytes[48] = allowRawHtml ? (byte)1 : (byte)0;
        return XxHash128.HashToUInt128(bytes);
    }
}
