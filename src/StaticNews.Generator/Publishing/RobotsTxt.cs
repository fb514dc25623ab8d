using System.Text;

namespace StaticNews.Generator.Publishing;

/// <summary>robots.txt: lets every crawler in and names the sitemaps.</summary>
public static class RobotsTxt
{
    public static byte[] Write(IEnumerable<string> absoluteSitemapUrls)
    {
        var text = new StringBuilder("User-agent: *\nAllow: /\n\n");
        foreach (var url in absoluteSitemapUrls) text.Append("Sitemap: ").Append(url).Append('\n');
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
