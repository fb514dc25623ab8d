using System.Globalization;
using StaticNews.Generator.Building;

namespace StaticNews.Generator.Publishing;

/// <summary>sitemap.xml: every page with its last change; past <see cref="MaxUrlsPerFile"/> URLs, an index of numbered parts.</summary>
public static class Sitemap
{
    public const int MaxUrlsPerFile = 50_000;
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>A page's absolute URL and when it last changed (null for pages without a date, such as search).</summary>
    public sealed record Entry(string Url, DateTimeOffset? LastModified);

    /// <summary>The files to write, by path: "sitemap.xml" alone, or an index plus "sitemap-1.xml", "sitemap-2.xml", ….</summary>
    public static IReadOnlyList<(string Path, byte[] Bytes)> Write(Func<string, string> absoluteUrl, IReadOnlyList<Entry> entries, int maxUrlsPerFile = MaxUrlsPerFile)
    {
        if (entries.Count <= maxUrlsPerFile) return [(UrlPaths.SitemapFile, UrlSet(entries))];
        var parts = entries.Chunk(maxUrlsPerFile)
            .Select((chunk, i) => (Path: string.Create(CultureInfo.InvariantCulture, $"sitemap-{i + 1}.xml"), Bytes: UrlSet(chunk), LastModified: chunk.Max(e => e.LastModified)))
            .ToList();
        var index = Xml.Write(xml =>
        {
            xml.WriteStartElement("sitemapindex", Namespace);
            foreach (var part in parts)
            {
                xml.WriteStartElement("sitemap", Namespace);
                xml.WriteElementString("loc", Namespace, absoluteUrl(part.Path));
                if (part.LastModified is { } lastModified) xml.WriteElementString("lastmod", Namespace, Xml.W3cDate(lastModified));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });
        return [(UrlPaths.SitemapFile, index), .. parts.Select(p => (p.Path, p.Bytes))];
    }

    private static byte[] UrlSet(IEnumerable<Entry> entries) => Xml.Write(xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        foreach (var entry in entries)
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, entry.Url);
            if (entry.LastModified is { } lastModified) xml.WriteElementString("lastmod", Namespace, Xml.W3cDate(lastModified));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });
}
