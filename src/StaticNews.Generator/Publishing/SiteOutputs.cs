using StaticNews.Generator.Building;
using StaticNews.Generator.Writing;
using StaticNews.Model;
using StaticNews.Model.Pages;

namespace StaticNews.Generator.Publishing;

/// <summary>The files beside the HTML pages: RSS feeds, sitemaps, the Google News sitemap, robots.txt and the search index.</summary>
public static class SiteOutputs
{
    public static IReadOnlyList<OutputFile> Collect(Site site, IReadOnlyList<PageModel> pages, DateTimeOffset now)
    {
        var config = site.Config;
        var files = new List<(string Path, byte[] Bytes)>();
        files.AddRange(Feeds(site));

        var sitemaps = Sitemap.Write(config.AbsoluteUrl, pages.Select(page => SitemapEntry(config, page)).OfType<Sitemap.Entry>().ToList());
        var newsSitemaps = NewsSitemap.Write(config, site.Articles, now);
        files.AddRange(sitemaps);
        files.AddRange(newsSitemaps);
        files.Add(("robots.txt", RobotsTxt.Write(sitemaps.Take(1).Concat(newsSitemaps).Select(f => config.AbsoluteUrl(f.Path)))));
        files.Add((UrlPaths.SearchIndexFile, SearchIndex.Write(config, site.Articles)));
        return files.Select(f => new OutputFile(f.Path, () => OutputFile.StreamOf(f.Bytes))).ToList();
    }

    private static IEnumerable<(string Path, byte[] Bytes)> Feeds(Site site)
    {
        var config = site.Config;
        yield return (UrlPaths.Feed(""), RssFeed.Write(config, config.Name, config.Description ?? $"The latest news from {config.Name}.",
            UrlPaths.Feed(""), "", site.Articles));
        foreach (var section in config.Sections)
        {
            var path = UrlPaths.Section(section.Slug);
            yield return (UrlPaths.Feed(path), RssFeed.Write(config, $"{config.Name}: {section.Name}",
                section.Description ?? $"The latest {section.Name} news from {config.Name}.",
                UrlPaths.Feed(path), path, site.Articles.Where(a => a.Section.Slug == section.Slug)));
        }
        foreach (var author in site.Authors)
        {
            var path = UrlPaths.Author(author.Slug);
            yield return (UrlPaths.Feed(path), RssFeed.Write(config, $"{config.Name}: {author.Name}",
                $"The latest stories by {author.Name} for {config.Name}.",
                UrlPaths.Feed(path), path, site.Articles.Where(a => a.Authors.Any(x => x.Slug == author.Slug))));
        }
    }

    /// <summary>Pages worth indexing, with their last change; the 404 page and redirects are left out.</summary>
    private static Sitemap.Entry? SitemapEntry(SiteConfig config, PageModel page)
    {
        if (page is NotFoundPageModel or RedirectPageModel) return null;
        var lastModified = page switch
        {
            ArticlePageModel article => article.Article.ModifiedAt,
            ListingPageModel listing => Newest(listing.Articles),
            HomePageModel home => Newest(home.Sections.SelectMany(s => s.Latest).Concat(home.Lead is null ? [] : [home.Lead])),
            _ => null,
        };
        return new Sitemap.Entry(config.AbsoluteUrl(page.Url), lastModified);
    }

    private static DateTimeOffset? Newest(IEnumerable<Article> articles) =>
        articles.Select(a => (DateTimeOffset?)a.ModifiedAt).Max();
}
