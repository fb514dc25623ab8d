using System.Globalization;
using StaticNews.Generator.Building;
using StaticNews.Model;

namespace StaticNews.Generator.Publishing;

/// <summary>The Google News sitemap: only articles published in the two days before the build clock, at most 1,000 per file.</summary>
public static class NewsSitemap
{
    public const int MaxUrlsPerFile = 1_000;
    public static readonly TimeSpan Window = TimeSpan.FromDays(2);
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string NewsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";

    /// <summary>Articles in the window, newest first.</summary>
    public static IReadOnlyList<Article> Recent(IEnumerable<Article> articles, DateTimeOffset now) =>
        articles.Where(a => a.PublishedAt <= now && a.PublishedAt > now - Window).ToList();

    /// <summary>"news-sitemap.xml" (always, even empty), then "news-sitemap-2.xml", … when there are more than 1,000 articles.</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Write(SiteConfig config, IEnumerable<Article> articles, DateTimeOffset now)
    {
        var recent = Recent(articles, now);
        var chunks = recent.Count == 0 ? [[]] : recent.Chunk(MaxUrlsPerFile).ToList();
        return chunks.Select((chunk, i) => (PathOf(i + 1), UrlSet(config, chunk))).ToList();
    }

    private static string PathOf(int number) =>
        number == 1 ? UrlPaths.NewsSitemapFile : string.Create(CultureInfo.InvariantCulture, $"news-sitemap-{number}.xml");

    private static byte[] UrlSet(SiteConfig config, IEnumerable<Article> articles) => Xml.Write(xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        xml.WriteAttributeString("xmlns", "news", null, NewsNamespace);
        foreach (var article in articles)
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, config.AbsoluteUrl(article.Url));
            xml.WriteStartElement("news", NewsNamespace);
            xml.WriteStartElement("publication", NewsNamespace);
            xml.WriteElementString("name", NewsNamespace, config.Name);
            xml.WriteElementString("language", NewsNamespace, Language(config.Language));
            xml.WriteEndElement();
            xml.WriteElementString("publication_date", NewsNamespace, Xml.W3cDate(article.PublishedAt));
            xml.WriteElementString("title", NewsNamespace, article.Title);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    /// <summary>Google News wants ISO 639 codes ("en"), except zh-cn and zh-tw.</summary>
    private static string Language(string tag)
    {
        var lower = tag.ToLowerInvariant();
        return lower is "zh-cn" or "zh-tw" ? lower : lower.Split('-')[0];
    }
}
