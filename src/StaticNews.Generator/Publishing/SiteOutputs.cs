using StaticNews.Generator.Building;
using StaticNews.Generator.Writing;
using StaticNews.Model;
using StaticNews.Model.Pages;

namespace StaticNews.Generator.Publishing;

/// <summary>The files beside the HTML pages: RSS feeds, sitemaps, the Google News sitemap, robots.txt, the search index and live blogs' updates.json.</summary>
public static class SiteOutputs
{
    /// <remarks>The three parts read the site only, so they run side by side; the files keep one order.</remarks>
    public static IReadOnlyList<OutputFile> Collect(Site site, IReadOnlyList<PageModel> pages, DateTimeOffset now)
    {
        var config = site.Config;
        IReadOnlyList<(string Path, byte[] Bytes)> feeds = [], sitemaps = [], newsSitemaps = [];
        byte[] searchIndex = [];
        Parallel.Invoke(
            () => feeds = SiteFeeds.Write(site),
            () => sitemaps = Sitemap.Write(config.AbsoluteUrl, SitemapEntries(config, pages)),
            () => (newsSitemaps, searchIndex) = (NewsSitemap.Write(config, site.Articles, now), SearchIndex.Write(config, site.Articles)));

        var files = new List<(string Path, byte[] Bytes)>(feeds.Count + sitemaps.Count + newsSitemaps.Count + 2);
        files.AddRange(feeds);
        files.AddRange(sitemaps);
        files.AddRange(newsSitemaps);
        files.Add(("robots.txt", RobotsTxt.Write(sitemaps.Take(1).Concat(newsSitemaps).Select(f => config.AbsoluteUrl(f.Path)))));
        files.Add((UrlPaths.SearchIndexFile, searchIndex));
        files.AddRange(LiveUpdatesFile.Write(site));
        return files.ConvertAll(f => new OutputFile(f.Path, () => OutputFile.StreamOf(f.Bytes)));
    }

    /// <summary>Pages worth indexing, with their last change; the 404 page and redirects are left out.</summary>
    private static List<Sitemap.Entry> SitemapEntries(SiteConfig config, IReadOnlyList<PageModel> pages)
    {
        var entries = new List<Sitemap.Entry>(pages.Count);
        foreach (var page in pages)
        {
            if (page is NotFoundPageModel or RedirectPageModel) continue;
            var lastModified = page switch
            {
                ArticlePageModel article => article.Article.ModifiedAt,
                ListingPageModel listing => Newest(listing.Articles),
                StaticPageModel staticPage => staticPage.Page.UpdatedAt,
                HomePageModel home => Newest(home.Stories()),
                _ => null,
            };
            entries.Add(new Sitemap.Entry(config.AbsoluteUrl(page.Url), lastModified));
        }
        return entries;
    }

    /// <summary>The first of the latest changes, as Max would pick it; null for none.</summary>
    private static DateTimeOffset? Newest(IEnumerable<Article> articles)
    {
        DateTimeOffset? newest = null;
        foreach (var article in articles)
        {
            var modified = article.ModifiedAt;
            if (newest is null || modified > newest.Value) newest = modified;
        }
        return newest;
    }
}
