using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Text;
using StaticNews.Generator.Markdown;
using StaticNews.Model;

namespace StaticNews.Generator.Loading;

/// <summary>
/// The article cache on disk: binary (it holds every body's HTML and must read fast), with a format number, the settings
/// key and base path up front and a hash of everything at the end. A missing, damaged or foreign file reads as empty.
/// The hash catches accidents, not edits (anyone can recompute it), so every count, index and line place is also
/// checked against the bytes left before anything is allocated or cut: no file makes the reader throw or exhaust memory.
/// </summary>
internal static class ArticleCacheFile
{
    private const int Format = 5;
    private const int HashSize = 16;

    /// <param name="discarded">Told why, when the file exists but does not read back cleanly.</param>
    public static ArticleCache Read(string path, TimeProvider? clock = null, Action<string>? discarded = null)
    {
        ArticleCache Discard(string reason)
        {
            discarded?.Invoke($"The article cache {path} did not read back cleanly ({reason}), so every article is read anew.");
            return new ArticleCache(clock);
        }

        try
        {
            if (!File.Exists(path)) return new ArticleCache(clock);
            // One read into memory: the whole file is needed, and hashing and parsing from memory is fastest.
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length < HashSize) return Discard("it is too short");
            var content = bytes.AsSpan(0, bytes.Length - HashSize);
            if (!XxHash128.Hash(content).AsSpan().SequenceEqual(bytes.AsSpan(content.Length))) return Discard("its checksum does not match");
            var reader = new CacheReader(bytes, content.Length);
            if (ReadEntries(reader, clock) is not { } cache) return Discard("another version wrote it, or an entry is damaged");
            if (!reader.AtEnd) return Discard("bytes follow its last entry");
            cache.Saved(path, cache.PreviousCount);
            return cache;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or OverflowException or InvalidDataException)
        {
            return Discard(ex.Message.TrimEnd('.'));
        }
    }

    /// <summary>Writes to a temporary name and moves it over, so a killed build never leaves half a file. False when nothing was kept.</summary>
    public static bool Write(string path, ArticleCache cache)
    {
        var temp = path + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var file = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            {
                using (var writer = new BinaryWriter(file, ContentLoader.StrictUtf8, leaveOpen: true)) WriteEntries(writer, cache);
                file.Position = 0;
                var hash = new XxHash128();
                hash.Append(file);
                file.Write(hash.GetCurrentHash());
            }
            File.Move(temp, path, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is EncoderFallbackException or IOException or UnauthorizedAccessException)
        {
            // Only a cache: a string that is not valid Unicode cannot round-trip, a full disk keeps none; the next build is cold.
            try
            {
                File.Delete(temp);
                File.Delete(path);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException) { }
            return false;
        }
    }

    // Run once per build over every entry: compiled optimised at once rather than through the slow first tier.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ArticleCache? ReadEntries(CacheReader reader, TimeProvider? clock)
    {
        if (reader.ReadInt32() != Format) return null;
        var settings = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
        var basePath = reader.ReadString();
        var stampedAt = (long)reader.ReadUInt64();
        var words = new string[reader.ReadCount()];
        for (var i = 0; i < words.Length; i++) words[i] = reader.ReadString();
        var count = reader.ReadCount();
        var entries = new Dictionary<string, ArticleCacheEntry>(Math.Min(count, 1 << 20), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var path = reader.ReadString();
            var hash = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
            SourceStamp? stamp = reader.ReadBoolean()
                ? new SourceStamp((long)reader.ReadUInt64(), (long)reader.ReadUInt64(), (long)reader.ReadUInt64(), reader.ReadUInt64(), reader.ReadUInt64())
                : null;
            var firstLine = reader.ReadInt32();
            var bodyStart = reader.ReadInt32();
            var starts = Ints(reader);
            var place = new FrontMatterPlace(starts, Ints(reader), firstLine, bodyStart);
            if (!IsPlausible(place)) return null;
            var wordCount = reader.ReadInt32();
            var pictures = Strings(reader);
            var entry = new ArticleCacheEntry(hash, stamp, place, wordCount, pictures, reader.ReadBoolean() ? CachedFrontMatter.Read(reader) : null);
            if (reader.ReadBoolean())
            {
                var html = reader.ReadString();
                var text = new TextProfile(Terms(reader, words), Terms(reader, words));
                var xrefs = new (string, LinkTarget)[reader.ReadCount(6)];
                for (var x = 0; x < xrefs.Length; x++)
                    xrefs[x] = (reader.ReadString(), new LinkTarget(reader.ReadString(), reader.ReadString(), Optional(reader), Optional(reader), Optional(reader)));
                entry.Body = new CachedBody(html, text, xrefs, Strings(reader));
            }
            entries[path] = entry;
        }
        return new ArticleCache(settings, basePath, stampedAt, entries, clock);
    }

    private static void WriteEntries(BinaryWriter writer, ArticleCache cache)
    {
        // An entry found outdated (its file changed during the run) is dropped: the next run reads the file anew.
        var entries = cache.Entries.Where(e => !e.Value.Outdated).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        // Terms repeat across the archive: each is written once and read back as one shared string.
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var body in entries.Select(e => e.Value.Body).OfType<CachedBody>())
        foreach (var term in body.Text.Terms.Concat(body.Text.Entities))
            words.TryAdd(term.Term, words.Count);

        writer.Write(Format);
        writer.Write((ulong)(cache.Settings >> 64));
        writer.Write((ulong)cache.Settings);
        writer.Write(cache.BasePath ?? "");
        writer.Write(cache.StampedAt);
        writer.Write(words.Count);
        foreach (var word in words.Keys) writer.Write(word);
        writer.Write(entries.Count);
        foreach (var (path, entry) in entries)
        {
            writer.Write(path);
            writer.Write((ulong)(entry.Hash >> 64));
            writer.Write((ulong)entry.Hash);
            writer.Write(entry.Stamp is not null);
            if (entry.Stamp is { } stamp)
            {
                writer.Write(stamp.Length);
                writer.Write(stamp.Modified);
                writer.Write(stamp.Changed);
                writer.Write(stamp.Inode);
                writer.Write(stamp.Device);
            }
            writer.Write(entry.Place.FirstLine);
            writer.Write(entry.Place.BodyStart);
            Write(writer, entry.Place.LineStarts);
            Write(writer, entry.Place.LineLengths);
            writer.Write(entry.BodyWordCount);
            Write(writer, entry.Pictures);
            writer.Write(entry.FrontMatter is not null);
            if (entry.FrontMatter is not null) CachedFrontMatter.Write(writer, entry.FrontMatter);
            writer.Write(entry.Body is not null);
            if (entry.Body is not { } body) continue;
            writer.Write(body.Html);
            Write(writer, body.Text.Terms, words);
            Write(writer, body.Text.Entities, words);
            writer.Write(body.Xrefs.Length);
            foreach (var (slug, target) in body.Xrefs)
            {
                writer.Write(slug);
                writer.Write(target.Url);
                writer.Write(target.Title);
                writer.Write(target.Picture ?? "");
                writer.Write(target.Date ?? "");
                writer.Write(target.DateText ?? "");
            }
            Write(writer, body.Images);
        }
    }

    private static int[] Ints(CacheReader reader)
    {
        var values = new int[reader.ReadCount(sizeof(int))];
        for (var i = 0; i < values.Length; i++) values[i] = reader.ReadInt32();
        return values;
    }

    /// <summary>A string written as "" when absent.</summary>
    private static string? Optional(CacheReader reader) => reader.ReadString() is { Length: > 0 } text ? text : null;

    private static string[] Strings(CacheReader reader)
    {
        var values = new string[reader.ReadCount()];
        for (var i = 0; i < values.Length; i++) values[i] = reader.ReadString();
        return values;
    }

    private static TermCount[] Terms(CacheReader reader, string[] words)
    {
        var values = new TermCount[reader.ReadCount(sizeof(int) + sizeof(float))];
        for (var i = 0; i < values.Length; i++) values[i] = new TermCount(words[reader.ReadIndex(words.Length)], reader.ReadSingle());
        return values;
    }

    /// <summary>A place that can cut the YAML out of some text: as many starts as lengths, none negative, the file's first lines.</summary>
    private static bool IsPlausible(FrontMatterPlace place) =>
        place.LineStarts.Length == place.LineLengths.Length && place.FirstLine >= 1 && place.BodyStart >= 0
        && place.LineStarts.All(start => start >= 0) && place.LineLengths.All(length => length >= 0)
        && place.LineStarts.Zip(place.LineLengths).All(line => (long)line.First + line.Second <= place.BodyStart);

    private static void Write(BinaryWriter writer, int[] values)
    {
        writer.Write(values.Length);
        foreach (var value in values) writer.Write(value);
    }

    private static void Write(BinaryWriter writer, string[] values)
    {
        writer.Write(values.Length);
        foreach (var value in values) writer.Write(value);
    }

    private static void Write(BinaryWriter writer, IReadOnlyList<TermCount> terms, Dictionary<string, int> words)
    {
        writer.Write(terms.Count);
        foreach (var term in terms)
        {
            writer.Write(words[term.Term]);
            writer.Write(term.Count);
        }
    }
}
