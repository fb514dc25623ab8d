using StaticNews.Generator.Building;
using StaticNews.Model;

namespace StaticNews.Generator.Publishing;

/// <summary>The RSS feeds of the site, of each section and of each author, from one pass over the articles.</summary>
internal static class SiteFeeds
{
    public static IReadOnlyList<(string Path, byte[] Bytes)> Write(Site site)
    {
        var config = site.Config;
        var (bySection, byAuthor) = Newest(site);
        var feeds = new List<(string Path, Func<byte[]> Write)>
        {
            (UrlPaths.Feed(""), () => RssFeed.Write(config, config.Name, config.Description ?? $"The latest news from {config.Name}.",
                UrlPaths.Feed(""), "", site.Articles)),
        };
        foreach (var section in config.Sections)
        {
            var path = UrlPaths.Section(section.Slug);
            feeds.Add((UrlPaths.Feed(path), () => RssFeed.Write(config, $"{config.Name}: {section.Name}",
                section.Description ?? $"The latest {section.Name} news from {config.Name}.",
                UrlPaths.Feed(path), path, bySection.GetValueOrDefault(section.Slug, []))));
        }
        foreach (var author in site.Authors)
        {
            var path = UrlPaths.Author(author.Slug);
            feeds.Add((UrlPaths.Feed(path), () => RssFeed.Write(config, $"{config.Name}: {author.Name}",
                $"The latest stories by {author.Name} for {config.Name}.",
                UrlPaths.Feed(path), path, byAuthor.GetValueOrDefault(author.Slug, []))));
        }
        var written = new (string, byte[])[feeds.Count];
        Parallel.For(0, feeds.Count, i => written[i] = (feeds[i].Path, feeds[i].Write()));
        return written;
    }

    /// <summary>Each section's and each author's newest articles, a feed's worth at most, in the site's order.</summary>
    private static (Dictionary<string, List<Article>> BySection, Dictionary<string, List<Article>> ByAuthor) Newest(Site site)
    {
        var size = site.Config.FeedSize;
        var bySection = new Dictionary<string, List<Article>>(StringComparer.Ordinal);
        var byAuthor = new Dictionary<string, List<Article>>(StringComparer.Ordinal);
        foreach (var article in site.Articles)
        {
            Add(bySection, article.Section.Slug, article, size);
            foreach (var author in article.Authors) Add(byAuthor, author.Slug, article, size);
        }
        return (bySection, byAuthor);
    }

    /// <summary>Adds once, even for an article that names the same author twice.</summary>
    private static void Add(Dictionary<string, List<Article>> groups, string slug, Article article, int size)
    {
        if (!groups.TryGetValue(slug, out var list)) groups[slug] = list = [];
        if (list.Count < size && (list.Count == 0 || !ReferenceEquals(list[^1], article))) list.Add(article);
    }
}
