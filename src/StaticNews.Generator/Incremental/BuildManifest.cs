using System.Text.Json;
using StaticNews.Generator.Building;
using StaticNews.Generator.Writing;

namespace StaticNews.Generator.Incremental;

/// <summary>
/// <c>.staticnews/cache/&lt;output&gt;.json</c> beside the output folder: the page keys of the last build that was swapped
/// in, with each page file's length and modification time, so the next build reuses only files nobody has touched since.
/// Kept outside the output so it is never published; a missing, damaged or foreign manifest means a cold build. Its
/// paths decide which files a patch replaces and removes, so a manifest naming any path that is not a plain one inside
/// the output ("..", rooted, backslash), or holding a null or mistyped entry, is set aside whole.
/// </summary>
public static class BuildManifest
{
    private const int Format = 1;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static string PathFor(OutputFolder output) =>
        Path.Combine(Path.GetDirectoryName(output.FullPath) ?? ".", OutputGuard.StateFolderName, "cache", Path.GetFileName(output.FullPath) + ".json");

    /// <summary>The article cache (<c>Loading/ArticleCache</c>) of the same output, in the same folder.</summary>
    public static string ArticlesPathFor(OutputFolder output) => Path.ChangeExtension(PathFor(output), ".articles");

    /// <summary>The picture store (<c>Pictures/PictureStore</c>): shared by every output beside it, since its entries are keyed by content.</summary>
    public static string PicturesPathFor(OutputFolder output) =>
        Path.Combine(Path.GetDirectoryName(output.FullPath) ?? ".", ".staticnews", "pictures");

    /// <param name="discarded">Told why, when the manifest exists but does not read back cleanly.</param>
    public static PreviousBuild Read(OutputFolder output, Action<string>? discarded = null)
    {
        var path = PathFor(output);
        if (!File.Exists(path) || !Directory.Exists(output.FullPath)) return PreviousBuild.None;
        PreviousBuild Discard(string reason)
        {
            discarded?.Invoke($"The page manifest {path} did not read back cleanly ({reason}), so every page is rendered anew.");
            return PreviousBuild.None;
        }

        Stored? stored;
        try
        {
            stored = JsonSerializer.Deserialize<Stored>(File.ReadAllBytes(path), Json);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Discard(ex is JsonException ? "it is not the JSON a build writes" : ex.Message.TrimEnd('.'));
        }
        if (stored is not { Format: Format }) return Discard("another version wrote it");
        if (stored.Pages is null || stored.Files is null
            || stored.Pages.Any(page => page.Value?.Key is null || !InputPaths.IsSafeRelative(page.Key))
            || stored.Files.Any(file => file is null || !InputPaths.IsSafeRelative(file)))
            return Discard("an entry is missing, null or not a path inside the output");

        var keys = new Dictionary<string, PageKey>(stored.Pages.Count, StringComparer.Ordinal);
        var stamps = new Dictionary<string, FileStamp>(stored.Pages.Count, StringComparer.Ordinal);
        foreach (var (page, entry) in stored.Pages)
        {
            if (!UInt128.TryParse(entry.Key, System.Globalization.NumberStyles.HexNumber, null, out var key)) continue;
            keys[page] = new PageKey(key);
            stamps[page] = new FileStamp(entry.Length, entry.Modified);
        }
        return new PreviousBuild(keys, stored.Files.ToHashSet(StringComparer.Ordinal), page =>
        {
            var file = new FileInfo(Path.Combine(output.FullPath, page));
            // The attributes come with the same lstat as the length and time; a link is never taken for the file it points to.
            return stamps.TryGetValue(page, out var stamp) && file.Exists && !file.Attributes.HasFlag(FileAttributes.ReparsePoint)
                   && FileStamp.Of(file) == stamp
                ? new OutputFile(page, file.OpenRead) { Unchanged = true }
                : null;
        }, stamps);
    }

    /// <summary>Removed before a new output is swapped in, so a manifest never describes a folder it was not written for.</summary>
    public static void Forget(OutputFolder output)
    {
        var path = PathFor(output);
        if (File.Exists(path)) File.Delete(path);
    }

    /// <summary>Like <see cref="Forget"/>, for when the disk already failed: a manifest half-written is not left to be read.</summary>
    public static void TryForget(OutputFolder output)
    {
        try
        {
            Forget(output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A damaged manifest is read as none (see Read), so the next build is cold either way.
        }
    }

    /// <summary>
    /// Records each page's key and stamp. A reused page keeps the stamp <paramref name="last"/> checked before reusing it
    /// (its file was carried over untouched), so only the pages rendered now are looked at again.
    /// </summary>
    public static async Task WriteAsync(
        OutputFolder output, IReadOnlyDictionary<string, PageKey> pages, IEnumerable<string> files,
        IEnumerable<OutputFile> reused, PreviousBuild last, CancellationToken cancellationToken)
    {
        var kept = reused.Select(file => file.Path).ToHashSet(StringComparer.Ordinal);
        var entries = new SortedDictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var (page, key) in pages)
        {
            // A reused page keeps the stamp its reuse was checked against; a written one is stamped as it now is.
            var stamp = kept.Contains(page) ? last.StampOf(page) : null;
            var file = new FileInfo(Path.Combine(output.FullPath, page));
            if (stamp is null && file.Exists) stamp = FileStamp.Of(file);
            if (stamp is { } known) entries[page] = new Entry(key.ToString(), known.Length, known.Modified);
        }
        var path = PathFor(output);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var stored = new Stored(Format, entries, files.Order(StringComparer.Ordinal).ToList());
        await File.WriteAllBytesAsync(path, JsonSerializer.SerializeToUtf8Bytes(stored, Json), cancellationToken);
    }

    private sealed record Stored(int Format, IDictionary<string, Entry>? Pages, List<string>? Files);

    private sealed record Entry(string Key, long Length, long Modified);
}
