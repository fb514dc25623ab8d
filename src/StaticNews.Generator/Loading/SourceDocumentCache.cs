using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace StaticNews.Generator.Loading;

/// <summary>
/// Loaded articles kept between runs of one input folder (serve), by path and exact text: an unchanged file is
/// not parsed again. Only files that loaded without errors are kept, so no diagnostic is lost by a reuse.
/// </summary>
public sealed class SourceDocumentCache
{
    private readonly ConcurrentDictionary<string, (string Text, SourceDocument Document)> entries = new(StringComparer.Ordinal);
    private int hits;
    private bool? allowRawHtml;

    /// <summary>How many loads were answered from the cache since it was made.</summary>
    public int Hits => hits;

    public bool TryGet(string relativePath, string text, [MaybeNullWhen(false)] out SourceDocument document)
    {
        if (entries.TryGetValue(relativePath, out var entry) && string.Equals(entry.Text, text, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref hits);
            document = entry.Document;
            return true;
        }
        document = null;
        return false;
    }

    /// <summary>Forgets every entry when the Markdown settings change: cached documents were parsed with the old ones.</summary>
    public void UseSettings(bool rawHtml)
    {
        if (allowRawHtml == rawHtml) return;
        entries.Clear();
        allowRawHtml = rawHtml;
    }

    public void Store(string relativePath, string text, SourceDocument document) => entries[relativePath] = (text, document);

    /// <summary>Forgets files that are gone (or failed to load this time).</summary>
    public void KeepOnly(IEnumerable<string> relativePaths)
    {
        var keep = relativePaths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in entries.Keys.Where(path => !keep.Contains(path)).ToList())
            entries.TryRemove(path, out _);
    }
}
