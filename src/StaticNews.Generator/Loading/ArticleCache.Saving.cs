namespace StaticNews.Generator.Loading;

/// <summary>Reading the cache from its file and writing it back only when it holds something the file does not.</summary>
public sealed partial class ArticleCache
{
    // The file that holds exactly what this cache holds, while nothing changed since it was read or written: writing it again would give the same bytes.
    private string? savedPath;
    private int savedCount;

    /// <param name="clock">Tells when a run's stamps are taken.</param>
    /// <param name="discarded">Told why, when a file exists but does not read back cleanly and an empty cache is used instead.</param>
    public static ArticleCache Read(string path, TimeProvider? clock = null, Action<string>? discarded = null) => ArticleCacheFile.Read(path, clock, discarded);

    /// <summary>
    /// Writes the entries of the files this run loaded: files that are gone are dropped. When the file it was read from
    /// already holds them (no entry added, removed or changed, same settings and base path) it is left untouched.
    /// </summary>
    public void Write(string path)
    {
        if (!changed && savedPath == path && current.Count == savedCount && File.Exists(path)) return;
        savedPath = null;
        if (ArticleCacheFile.Write(path, this)) Saved(path, current.Count);
    }

    /// <summary>The file at <paramref name="path"/> now holds this cache's <paramref name="count"/> entries.</summary>
    internal void Saved(string path, int count)
    {
        (savedPath, savedCount, changed) = (path, count, false);
    }
}
