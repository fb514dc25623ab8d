using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace StaticNews.Generator.Pictures;

/// <summary>
/// Encoded pictures by key (the source's content hash and the settings): in this process's memory, and in a folder
/// (<c>.staticnews/pictures/</c> beside the output) when the build has one, so a rebuild encodes nothing unchanged.
/// A folder entry is written whole under a temporary name and then renamed, so a killed build never leaves half of one.
/// Each use touches an entry's folder, and <see cref="Prune"/> removes what no build has used for <see cref="KeepUnused"/>.
/// </summary>
public sealed partial class PictureStore(string? folder)
{
    /// <summary>Encoded bytes kept in memory across the builds of one process (serve, tests), up to this many bytes.</summary>
    private const long MemoryLimit = 256L * 1024 * 1024;

    private const string FactsFile = "picture.json";
    private static readonly ConcurrentDictionary<string, EncodedPicture> Memory = new(StringComparer.Ordinal);
    private static long memoryUsed;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>
    /// Entries unused for this long are removed: the store is shared by every output beside it (and by builds running
    /// at once), so an entry this build did not use may be another output's, or one another build is about to read.
    /// </summary>
    public static readonly TimeSpan KeepUnused = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, bool> used = new(StringComparer.Ordinal);

    public StoredPicture? Find(string key)
    {
        if (Memory.TryGetValue(key, out var encoded))
        {
            used[key] = true;
            // A build with a folder keeps it complete, so the next process finds the picture there too.
            if (folder is not null && !Directory.Exists(Path.Combine(folder, key))) Save(key, encoded);
            else if (folder is not null) Touch(Path.Combine(folder, key));
            return InMemory(encoded);
        }
        if (folder is null) return null;
        var entry = Path.Combine(folder, key);
        var factsPath = Path.Combine(entry, FactsFile);
        try
        {
            if (!File.Exists(factsPath)) return null;
            var facts = JsonSerializer.Deserialize<PictureFacts>(File.ReadAllBytes(factsPath), Json);
            if (facts is null || facts.Derivatives.Select(d => d.Name).Append(PictureFacts.CopyName).Any(name => !File.Exists(Path.Combine(entry, name)))) return null;
            used[key] = true;
            Touch(entry);
            return new StoredPicture(facts, name => File.OpenRead(Path.Combine(entry, name)));
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            return null; // A damaged entry is encoded again.
        }
    }

    public StoredPicture Add(string key, EncodedPicture encoded)
    {
        used[key] = true;
        if (Interlocked.Add(ref memoryUsed, encoded.Size) <= MemoryLimit) Memory.TryAdd(key, encoded);
        else Interlocked.Add(ref memoryUsed, -encoded.Size);
        if (folder is not null) Save(key, encoded);
        return InMemory(encoded);
    }

    /// <summary>
    /// Removes the folder's entries (and leftovers of killed builds) that this build did not use and no build has used
    /// for <see cref="KeepUnused"/>, so copies of replaced or deleted pictures do not pile up. Only folders named as the
    /// store names them are removed, never a link; returns how many.
    /// </summary>
    /// <param name="now">The file system's present (not the build clock, which <c>--now</c> may move).</param>
    public int Prune(DateTime now)
    {
        if (folder is null || !Directory.Exists(folder)) return 0;
        var removed = 0;
        try
        {
            foreach (var entry in new DirectoryInfo(folder).EnumerateDirectories())
            {
                if (used.ContainsKey(entry.Name) || entry.LinkTarget is not null || !StoreName().IsMatch(entry.Name)) continue;
                if (now - entry.LastWriteTimeUtc < KeepUnused) continue;
                if (TryDelete(entry.FullName)) removed++;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The store is only a shortcut: what is not removed now is removed by a later build.
        }
        return removed;
    }

    private static void Touch(string entry)
    {
        try
        {
            Directory.SetLastWriteTimeUtc(entry, DateTime.UtcNow);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only the age Prune reads: an entry that cannot be touched may be encoded again one day.
        }
    }

    private static StoredPicture InMemory(EncodedPicture encoded) =>
        new(encoded.Facts, name => new MemoryStream(encoded.Files[name], writable: false));

    private void Save(string key, EncodedPicture encoded)
    {
        var entry = Path.Combine(folder!, key);
        var temporary = Path.Combine(folder!, $".{key}.{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(temporary);
            foreach (var (name, bytes) in encoded.Files) File.WriteAllBytes(Path.Combine(temporary, name), bytes);
            File.WriteAllBytes(Path.Combine(temporary, FactsFile), JsonSerializer.SerializeToUtf8Bytes(encoded.Facts, Json));
            if (Directory.Exists(entry)) Directory.Delete(entry, recursive: true);
            Directory.Move(temporary, entry);
        }
        catch (IOException)
        {
            // Another build saved the same picture first, or the disk is full: the store is only a shortcut.
            TryDelete(temporary);
        }
    }

    private static bool TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false; // Left for the next build.
        }
    }

    /// <summary>An entry (its key) or a temporary folder of one (<c>.key.guid</c>).</summary>
    [GeneratedRegex("^[.]?[0-9a-f]{32}([.][0-9a-f]{32})?$")]
    private static partial Regex StoreName();
}
