using System.Buffers;
using System.IO.Hashing;
using System.Text;
using Microsoft.AspNetCore.Components.Web;
using StaticNews.Generator.Rendering;
using StaticNews.Model;
using StaticNews.Model.Pages;

namespace StaticNews.Generator.Incremental;

/// <summary>
/// Computes each page's <see cref="PageKey"/>: the page model written by <see cref="KeyWriter"/> with every article it shows
/// replaced by that article's own hash and the site's settings replaced by their hash: a page model holds the site only as
/// its <see cref="SiteConfig"/>, so nothing a page shows escapes its key.
/// Hashing the data a page reads, rather than listing its inputs, is the dependency map: a page whose data did not change keeps its key.
/// </summary>
public static class PageKeys
{
    private const int InitialBuffer = 16 * 1024;
    private const int KeptBuffer = 1024 * 1024;

    // Each thread writes into one reused buffer: a build hashes every article and page.
    [ThreadStatic] private static ArrayBufferWriter<byte>? threadScratch;

    public static IReadOnlyList<PageKey> Compute(Site site, IReadOnlyList<PageModel> pages, SiteTheme theme, int workers)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, workers) };
        var articleKeys = new UInt128[site.Articles.Count];
        var articleWriter = new KeyWriter(articleKey: null, siteKey: null);
        Parallel.For(0, site.Articles.Count, parallel, i => articleKeys[i] = Hash(site.Articles[i], articleWriter));

        var byArticle = new Dictionary<Article, UInt128>(site.Articles.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < articleKeys.Length; i++) byArticle[site.Articles[i]] = articleKeys[i];
        var siteKey = Hash(new SiteSettings(Identity(theme), site.Config), articleWriter);

        var pageWriter = new KeyWriter(article => byArticle.TryGetValue(article, out var key) ? key : Hash(article, articleWriter), siteKey);
        var keys = new PageKey[pages.Count];
        Parallel.For(0, pages.Count, parallel, i => keys[i] = new PageKey(Hash(pages[i], pageWriter)));
        return keys;
    }

    /// <summary>What renders the pages: the theme's components and assets, this generator and the Razor renderer.</summary>
    private static string Identity(SiteTheme theme)
    {
        var identity = new StringBuilder();
        foreach (var assembly in new[] { typeof(PageKeys).Assembly, typeof(HtmlRenderer).Assembly, typeof(PageModel).Assembly })
            identity.Append(assembly.ManifestModule.ModuleVersionId).Append(';');
        identity.Append(theme.Identity).Append(';');
        var assets = new XxHash128();
        foreach (var path in theme.AssetPaths.Order(StringComparer.Ordinal))
        {
            assets.Append(Encoding.UTF8.GetBytes(path));
            using var stream = theme.OpenAsset(path);
            assets.Append(stream);
        }
        return identity.Append(assets.GetCurrentHashAsUInt128()).ToString();
    }

    private static UInt128 Hash(object value, KeyWriter writer)
    {
        // Taken off the thread while in use: a page may hash an article outside the site in the middle of the page.
        var buffer = threadScratch ?? new ArrayBufferWriter<byte>(InitialBuffer);
        threadScratch = null;
        try
        {
            writer.Write(buffer, value);
            return XxHash128.HashToUInt128(buffer.WrittenSpan);
        }
        finally
        {
            // Reset even after a failed write, so the next hash starts from empty; a buffer a huge article grew is dropped.
            buffer.ResetWrittenCount();
            if (buffer.Capacity <= KeptBuffer) threadScratch = buffer;
        }
    }

    private sealed record SiteSettings(string Renderer, SiteConfig Config);
}
