using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Text;
using StaticNews.Generator.Rendering;

namespace StaticNews.Generator.Checking;

/// <summary>
/// Finds every href, src and srcset of the rendered pages that resolves under the site's base URL but names no
/// generated file. References outside the base path (other sites, other folders of the host) are not the site's to check.
/// </summary>
public sealed class InternalLinkChecker(Uri baseUrl, IEnumerable<string> files)
{
    /// <summary>The attributes that name another resource, and the elements that carry them.</summary>
    private static readonly Dictionary<string, string[]> ReferenceAttributes = new(StringComparer.Ordinal)
    {
        ["a"] = ["href"], ["area"] = ["href"], ["link"] = ["href"],
        ["img"] = ["src", "srcset"], ["source"] = ["src", "srcset"], ["script"] = ["src"], ["iframe"] = ["src"],
        ["audio"] = ["src"], ["video"] = ["src", "poster"], ["track"] = ["src"], ["embed"] = ["src"],
    };

    private static readonly Dictionary<string, HtmlParseMode> RawTextModes = new(StringComparer.Ordinal)
    {
        ["script"] = HtmlParseMode.Script, ["style"] = HtmlParseMode.Rawtext, ["textarea"] = HtmlParseMode.RCData,
        ["title"] = HtmlParseMode.RCData, ["xmp"] = HtmlParseMode.Rawtext, ["iframe"] = HtmlParseMode.Rawtext,
        ["noembed"] = HtmlParseMode.Rawtext, ["noframes"] = HtmlParseMode.Rawtext, ["plaintext"] = HtmlParseMode.Plaintext,
    };

    private readonly HashSet<string> files = new(files, StringComparer.Ordinal);
    private readonly string basePath = baseUrl.AbsolutePath;

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

    public IReadOnlyList<BrokenLink> CheckPage(RenderedPage page)
    {
        var pageUrl = new Uri(baseUrl, page.OutputPath);
        return References(page.Html)
            .Distinct(StringComparer.Ordinal)
            .Where(reference => !Resolves(pageUrl, reference))
            .Select(reference => new BrokenLink(page.OutputPath, reference))
            .ToList();
    }

    /// <summary>
    /// The references in document order. AngleSharp's tokenizer is enough and several times faster than building the DOM;
    /// it is switched into the raw-text states the tree builder would choose, so text inside script or style never counts as a tag.
    /// </summary>
    private static IEnumerable<string> References(string html)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver)
        {
            SkipDataText = true, SkipComments = true, SkipRawText = true, SkipScriptText = true, SkipRCDataText = true,
        };
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type != HtmlTokenType.StartTag) continue;
            var tag = token.AsTag();
            tokenizer.State = RawTextModes.GetValueOrDefault(tag.Name, HtmlParseMode.PCData);
            if (!ReferenceAttributes.TryGetValue(tag.Name, out var names)) continue;
            foreach (var name in names)
            {
                var value = tag.GetAttribute(name);
                if (value.Length == 0) continue;
                if (name != "srcset") yield return value.Trim();
                else
                    foreach (var candidate in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        yield return candidate.Split(' ', 2)[0];
            }
        }
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
