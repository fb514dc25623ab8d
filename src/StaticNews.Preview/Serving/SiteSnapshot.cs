using System.Collections.Frozen;
using StaticNews.Generator;
using StaticNews.Generator.Incremental;

namespace StaticNews.Preview.Serving;

/// <summary>One successful generation, held in memory: every file of the site by its output path.</summary>
public sealed class SiteSnapshot
{
    public static readonly SiteSnapshot Empty = new(0, "/", FrozenDictionary<string, byte[]>.Empty, new Dictionary<string, PageKey>());

    private SiteSnapshot(int version, string basePath, FrozenDictionary<string, byte[]> files, IReadOnlyDictionary<string, PageKey> pageKeys)
    {
        Version = version;
        BasePath = basePath;
        Files = files;
        PageKeys = pageKeys;
    }

    /// <summary>Counts successful generations from 1; 0 means none succeeded yet.</summary>
    public int Version { get; }

    /// <summary>The site's base path, e.g. "/" or "/news/"; requests outside it are not found.</summary>
    public string BasePath { get; }

    /// <summary>Output path ("world/harbour-reopens/index.html") → bytes.</summary>
    public FrozenDictionary<string, byte[]> Files { get; }

    /// <summary>The key each page was rendered from, so the next generation renders only pages whose key changed.</summary>
    public IReadOnlyDictionary<string, PageKey> PageKeys { get; }

    /// <summary>This snapshot as the previous build of the next generation.</summary>
    public PreviousBuild AsPreviousBuild() => PreviousBuild.InMemory(PageKeys, Files);

    /// <param name="previous">The snapshot the generation reused pages from: their bytes are shared, not copied.</param>
    public static async Task<SiteSnapshot> FromAsync(GeneratedSite generated, SiteSnapshot previous, CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, byte[]>(generated.Files.Count, StringComparer.Ordinal);
        foreach (var file in generated.Files)
        {
            if (file.Unchanged && previous.Files.TryGetValue(file.Path, out var kept))
            {
                files[file.Path] = kept;
                continue;
            }
            await using var source = file.Open();
            using var buffer = new MemoryStream();
            await source.CopyToAsync(buffer, cancellationToken);
            files[file.Path] = buffer.ToArray();
        }
        return new SiteSnapshot(previous.Version + 1, generated.Site!.Config.BasePath, files.ToFrozenDictionary(StringComparer.Ordinal), generated.PageKeys);
    }

    /// <summary>Output paths that are new or whose bytes differ from <paramref name="previous"/>, in ordinal order.</summary>
    public IReadOnlyList<string> ChangedSince(SiteSnapshot previous) =>
        Files.Where(file => !previous.Files.TryGetValue(file.Key, out var before) || !before.AsSpan().SequenceEqual(file.Value))
            .Select(file => file.Key)
            .Concat(previous.Files.Keys.Where(path => !Files.ContainsKey(path)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The address a browser shows for an output file: folders for index pages (clean URLs).</summary>
    public string UrlOf(string outputPath) =>
        BasePath + (outputPath == "index.html" ? "" : outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length] : outputPath);
}
