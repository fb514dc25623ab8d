using System.Buffers;
using System.Runtime.CompilerServices;
using StaticNews.Generator.Rendering;

namespace StaticNews.Generator.Checking;

/// <summary>
/// Finds every href, src, srcset and poster of the rendered pages that resolves under the site's base URL but names no
/// generated file. References outside the base path (other sites, other folders of the host) are not the site's to check.
/// Like the reader's, its per-reference methods are compiled fully optimized at once, as the check runs once per build.
/// </summary>
public sealed class InternalLinkChecker
{
    /// <summary>The characters of a plain root path: unreserved ones and '/', none that Uri would escape or decode.</summary>
    private static readonly SearchValues<char> PlainPathCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/");

    private readonly Uri baseUrl;
    private readonly string siteRoot;
    private readonly string basePath;
    private readonly HashSet<string> files;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> filesBySpan;

    public InternalLinkChecker(Uri baseUrl, IEnumerable<string> files)
    {
        this.baseUrl = baseUrl;
        siteRoot = baseUrl.GetLeftPart(UriPartial.Authority);
        basePath = baseUrl.AbsolutePath;
        this.files = new HashSet<string>(files, StringComparer.Ordinal);
        filesBySpan = this.files.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Every broken reference, in page order and then document order, each once per page.</summary>
    public IReadOnlyList<BrokenLink> Check(IReadOnlyList<RenderedPage> pages, IProgress<int>? checkedPages = null)
    {
        var done = 0;
        return pages
            .AsParallel().AsOrdered()
            .SelectMany(page =>
            {
                var broken = CheckPage(page);
                checkedPages?.Report(Interlocked.Increment(ref done));
                return broken;
            })
            .ToList();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<BrokenLink> CheckPage(RenderedPage page)
    {
        var pageUrl = new Uri(baseUrl, page.OutputPath);
        var sharesRoot = pageUrl.GetLeftPart(UriPartial.Authority) == siteRoot;
        List<BrokenLink>? broken = null;
        var reader = new HtmlReferenceReader(page.Html);
        while (reader.Read(out var reference))
        {
            if (reference.IsEmpty) continue;
            var resolves = sharesRoot && IsPlainRootPath(reference) ? ResolvesPlainRootPath(reference) : Resolves(pageUrl, reference.ToString());
            if (resolves) continue;
            var link = new BrokenLink(page.OutputPath, reference.ToString());
            broken ??= [];
            if (!broken.Contains(link)) broken.Add(link);
        }
        return broken ?? [];
    }

    /// <summary>
    /// A root path such as "/world/storm/" or "/assets/css/site.css" with no empty, "." or ".." segment and no segment
    /// ending in a dot: Uri keeps such a path exactly as written on every page that shares the site's root, so it is
    /// checked as it stands, without building a Uri. Nearly every link of a generated page is one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool IsPlainRootPath(ReadOnlySpan<char> reference) =>
        reference[0] == '/' && !reference.ContainsAnyExcept(PlainPathCharacters)
        && !reference.Contains("//", StringComparison.Ordinal) && !reference.Contains("./", StringComparison.Ordinal)
        && reference[^1] != '.';

    /// <summary>What <see cref="Resolves"/> answers for a plain root path, read straight from the path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ResolvesPlainRootPath(ReadOnlySpan<char> reference)
    {
        if (!reference.StartsWith(basePath, StringComparison.Ordinal)) return true;
        var path = reference[basePath.Length..];
        if (path.IsEmpty || path[^1] == '/') return HasFile(path, "index.html");
        return HasFile(path, "") || HasFile(path, "/index.html");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool HasFile(ReadOnlySpan<char> path, string suffix)
    {
        var length = path.Length + suffix.Length;
        Span<char> name = length <= 256 ? stackalloc char[length] : new char[length];
        path.CopyTo(name);
        suffix.CopyTo(name[path.Length..]);
        return filesBySpan.Contains(name);
    }

    private bool Resolves(Uri pageUrl, string reference)
    {
        if (reference.Length == 0 || !Uri.TryCreate(pageUrl, reference, out var target)) return true;
        var sameSite = target.Scheme == baseUrl.Scheme && target.Authority == baseUrl.Authority
            && target.AbsolutePath.StartsWith(basePath, StringComparison.Ordinal);
        if (!sameSite) return true;
        var path = Uri.UnescapeDataString(target.AbsolutePath[basePath.Length..]);
        if (path.Length == 0 || path.EndsWith('/')) return files.Contains(path + "index.html");
        // Static hosts answer a folder address without its trailing slash with a redirect to the folder.
        return files.Contains(path) || files.Contains(path + "/index.html");
    }
}
