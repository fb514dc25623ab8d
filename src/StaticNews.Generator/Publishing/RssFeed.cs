using System.Xml;
using StaticNews.Model;

namespace StaticNews.Generator.Publishing;

/// <summary>An RSS 2.0 feed of the newest articles of the site, a section or an author, with absolute URLs.</summary>
public static class RssFeed
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";
    private const string MediaNamespace = "http://search.yahoo.com/mrss/";

    /// <param name="feedUrl">Root-relative URL of the feed itself.</param>
    /// <param name="pageUrl">Root-relative URL of the page the feed follows.</param>
    /// <param name="articles">Newest first; the first <see cref="SiteConfig.FeedSize"/> are written.</param>
    public static byte[] Write(SiteConfig config, string title, string description, string feedUrl, string pageUrl, IEnumerable<Article> articles)
    {
        var items = articles.Take(config.FeedSize).ToList();
        return Xml.Write(xml =>
        {
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
            xml.WriteAttributeString("xmlns", "dc", null, DublinCoreNamespace);
            xml.WriteAttributeString("xmlns", "media", null, MediaNamespace);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", title);
            xml.WriteElementString("link", config.AbsoluteUrl(pageUrl));
            xml.WriteElementString("description", description);
            xml.WriteElementString("language", config.Language);
            // From the content, never the clock, so an unchanged site gives an unchanged feed.
            if (items.Count > 0) xml.WriteElementString("lastBuildDate", Xml.Rfc822Date(items.Max(a => a.ModifiedAt)));
            xml.WriteStartElement("link", AtomNamespace);
            xml.WriteAttributeString("href", config.AbsoluteUrl(feedUrl));
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            foreach (var article in items) WriteItem(xml, config, article);
            xml.WriteEndElement();
            xml.WriteEndElement();
        });
    }

    private static void WriteItem(XmlWriter xml, SiteConfig config, Article article)
    {
        var url = config.AbsoluteUrl(article.Url);
        xml.WriteStartElement("item");
        xml.WriteElementString("title", article.Title);
        xml.WriteElementString("link", url);
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "true");
        xml.WriteString(url);
        xml.WriteEndElement();
        xml.WriteElementString("pubDate", Xml.Rfc822Date(article.PublishedAt));
        if (article.Summary is not null) xml.WriteElementString("description", article.Summary);
        foreach (var author in article.Authors) xml.WriteElementString("creator", DublinCoreNamespace, author.Name);
        xml.WriteElementString("category", article.Section.Name);
        foreach (var tag in article.Tags) xml.WriteElementString("category", tag.Name);
        if (article.Image is { } image)
        {
            xml.WriteStartElement("content", MediaNamespace);
            xml.WriteAttributeString("url", config.AbsoluteUrl(image.Url));
            xml.WriteAttributeString("medium", "image");
            xml.WriteElementString("description", MediaNamespace, image.Caption ?? image.Alt);
            if (image.Credit is not null) xml.WriteElementString("credit", MediaNamespace, image.Credit);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
