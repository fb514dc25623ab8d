using System.Runtime.CompilerServices;
using StaticNews.Generator.Rendering;

namespace StaticNews.Generator.Checking;

/// <summary>
/// Finds every href, src, srcset and poster of the rendered pages that resolves under the site's base URL but names no
/// generated file. References outside the base path (other sites, other folders of the host) are not the site's to check.
/// </summary>
public sealed class InternalLinkChecker
{
    private readonly Uri baseUrl;
    private readonly string siteRoot;
    private readonly string basePath;
    private readonly HashSet<string> files;

    public InternalLinkChecker(Uri baseUrl, IEnumerable<string> files)
    {
        this.baseUrl = baseUrl;
        siteRoot = baseUrl.GetLeftPart(UriPartial.Authority);
        basePath = baseUrl.AbsolutePath;
        this.files = new HashSet<string>(files, StringComparer.Ordinal);
    }

    /// <summary>Every broken reference, in page order and then document order, each once per page.</summary>
    public IReadOnlyList<BrokenLink> Check(IReadOnlyList<RenderedPage> pages, IProgress<int>? checkedPages = null)
    {
        var done = 0;
        var next = -1;
        var brokenByPage = new IReadOnlyList<BrokenLink>[pages.Count];
        // Each worker takes the next page and keeps its own answers, so workers never wait on one another.
        Parallel.For(0, Environment.ProcessorCount, _ =>
        {
            var rootAnswers = NewRootAnswers();
            for (var index = Interlocked.Increment(ref next); index < pages.Count; index = Interlocked.Increment(ref next))
            {
                brokenByPage[index] = CheckPage(pages[index], rootAnswers);
                checkedPages?.Report(Interlocked.Increment(ref done));
            }
        });
        return [.. brokenByPage.SelectMany(broken => broken)];
    }

    public IReadOnlyList<BrokenLink> CheckPage(RenderedPage page) => CheckPage(page, NewRootAnswers());

    /// <summary>
    /// A reference from the root ("/world/") resolves the same on every page that shares the site's root, and the same
    /// few hundred appear on thousands of pages, so each is resolved once and the answer kept in rootAnswers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<BrokenLink> CheckPage(RenderedPage page, Dictionary<string, bool> rootAnswers)
    {
        var pageUrl = new Uri(baseUrl, page.OutputPath);
        var sharesRoot = pageUrl.GetLeftPart(UriPartial.Authority) == siteRoot;
        var answers = rootAnswers.GetAlternateLookup<ReadOnlySpan<char>>();
        var broken = new List<BrokenLink>();
        var reader = new HtmlReferenceReader(page.Html);
        while (reader.Read(out var reference))
        {
            if (reference.IsEmpty) continue;
            if (!sharesRoot || reference[0] != '/' || !answers.TryGetValue(reference, out var resolves))
            {
                var text = reference.ToString();
                resolves = Resolves(pageUrl, text);
                if (sharesRoot && text[0] == '/') rootAnswers[text] = resolves;
            }
            if (resolves) continue;
            var link = new BrokenLink(page.OutputPath, reference.ToString());
            if (!broken.Contains(link)) broken.Add(link);
        }
        return broken;
    }

    private static Dictionary<string, bool> NewRootAnswers() => new(StringComparer.Ordinal);

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
