using System.Collections.Concurrent;
using System.Text.Json;

namespace StaticNews.Generator.Pictures;

/// <summary>
/// Encoded pictures by key (the source's content hash and the settings): in this process's memory, and in a folder
/// (<c>.staticnews/pictures/</c> beside the output) when the build has one, so a rebuild encodes nothing unchanged.
/// A folder entry is written whole under a temporary name and then renamed, so a killed build never leaves half of one.
/// </summary>
public sealed class PictureStore(string? folder)
{
    /// <summary>Encoded bytes kept in memory across the builds of one process (serve, tests), up to this many bytes.</summary>
    private const long MemoryLimit = 256L * 1024 * 1024;

    private const string FactsFile = "picture.json";
    private static readonly ConcurrentDictionary<string, EncodedPicture> Memory = new(StringComparer.Ordinal);
    private static long memoryUsed;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public StoredPicture? Find(string key)
    {
        if (Memory.TryGetValue(key, out var encoded))
        {
            // A build with a folder keeps it complete, so the next process finds the picture there too.
            if (folder is not null && !Directory.Exists(Path.Combine(folder, key))) Save(key, encoded);
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
            return new StoredPicture(facts, name => File.OpenRead(Path.Combine(entry, name)));
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            return null; // A damaged entry is encoded again.
        }
    }

    public StoredPicture Add(string key, EncodedPicture encoded)
    {
        if (Interlocked.Add(ref memoryUsed, encoded.Size) <= MemoryLimit) Memory.TryAdd(key, encoded);
        else Interlocked.Add(ref memoryUsed, -encoded.Size);
        if (folder is not null) Save(key, encoded);
        return InMemory(encoded);
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

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the next build.
        }
    }
}
