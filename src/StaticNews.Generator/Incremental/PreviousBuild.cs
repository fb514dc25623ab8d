using StaticNews.Generator.Writing;

namespace StaticNews.Generator.Incremental;

/// <summary>
/// The last good build: the key each page was rendered from, every file it had, and where each page's bytes are now
/// (the output folder for <c>build</c>, memory for <c>serve</c>). A page whose key is unchanged is reused, not rendered.
/// </summary>
/// <param name="stamps">The stamp of each page file as the previous build recorded it (<c>build</c> only): a reused page keeps it.</param>
public sealed class PreviousBuild(
    IReadOnlyDictionary<string, PageKey> keys, IReadOnlySet<string> files, Func<string, OutputFile?> find,
    IReadOnlyDictionary<string, FileStamp>? stamps = null)
{
    public static PreviousBuild None { get; } = new(new Dictionary<string, PageKey>(), new HashSet<string>(), _ => null);

    /// <summary>A build kept in memory: its page keys and the bytes of its files.</summary>
    public static PreviousBuild InMemory(IReadOnlyDictionary<string, PageKey> keys, IReadOnlyDictionary<string, byte[]> files) =>
        new(keys, files.Keys.ToHashSet(StringComparer.Ordinal), path =>
            files.TryGetValue(path, out var bytes) ? new OutputFile(path, () => OutputFile.StreamOf(bytes)) { Unchanged = true } : null);

    public int PageCount => keys.Count;

    /// <summary>The recorded stamp of a page file, which <see cref="Reuse"/> checked against the file before reusing it.</summary>
    public FileStamp? StampOf(string path) => stamps is not null && stamps.TryGetValue(path, out var stamp) ? stamp : null;

    /// <summary>The previous bytes of the page at <paramref name="path"/> when they were rendered from the same key; otherwise null.</summary>
    public OutputFile? Reuse(string path, PageKey key) =>
        keys.TryGetValue(path, out var previous) && previous == key ? find(path) : null;

    /// <summary>
    /// The files of the previous build that <paramref name="paths"/> no longer has. Only when there is one can a reused
    /// page hold a broken link: it passed the link check when it was built, and its own links are part of its key.
    /// </summary>
    public IReadOnlyList<string> LostFrom(IReadOnlySet<string> paths) => files.Where(path => !paths.Contains(path)).ToList();
}
