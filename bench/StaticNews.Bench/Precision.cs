using StaticNews.Model;

namespace StaticNews.Bench;

/// <summary>Precision@k of related blocks against a corpus's planted stories: the share of the first k links that stay in the article's story.</summary>
public static class Precision
{
    /// <param name="stories">Planted story per slug (stand-alone articles absent).</param>
    /// <param name="storySizeAtLeast">Only articles whose story has this many articles count, so k same-story links are possible.</param>
    public static double AtK(IReadOnlyDictionary<string, RelatedStories> related, IReadOnlyDictionary<string, int> stories, int k,
        Func<RelatedStories, IEnumerable<Article>> links, int storySizeAtLeast)
    {
        var sizes = stories.Values.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        var judged = related.Where(kv => stories.TryGetValue(kv.Key, out var story) && sizes[story] >= storySizeAtLeast).ToList();
        if (judged.Count == 0) throw new InvalidOperationException("No article belongs to a story large enough to judge.");
        return judged.Average(kv =>
        {
            var story = stories[kv.Key];
            return links(kv.Value).Take(k).Count(a => stories.TryGetValue(a.Slug, out var s) && s == story) / (double)k;
        });
    }

    /// <summary>
    /// The share of all "Latest on this story" links, over every article, that stay in the article's planted story
    /// (a link from or to a stand-alone article is wrong), and how many links that was.
    /// </summary>
    public static (double Precision, int Links) OfLatest(IReadOnlyDictionary<string, RelatedStories> related, IReadOnlyDictionary<string, int> stories)
    {
        var links = related.SelectMany(kv => kv.Value.Latest, (kv, a) => stories.TryGetValue(kv.Key, out var story) && stories.TryGetValue(a.Slug, out var other) && story == other).ToList();
        return (links.Count == 0 ? 1 : links.Count(right => right) / (double)links.Count, links.Count);
    }

    /// <summary>The share of articles with a newer story of their own that show at least one in "Latest on this story".</summary>
    public static double LatestRecall(IReadOnlyDictionary<string, RelatedStories> related, IReadOnlyDictionary<string, int> stories, IReadOnlyList<Article> articles)
    {
        var newest = articles.Where(a => stories.ContainsKey(a.Slug)).GroupBy(a => stories[a.Slug]).ToDictionary(g => g.Key, g => g.Max(a => a.PublishedAt));
        var followed = articles.Where(a => stories.TryGetValue(a.Slug, out var story) && newest[story] > a.PublishedAt).ToList();
        return followed.Count(a => related[a.Slug].Latest.Any(l => stories.TryGetValue(l.Slug, out var s) && s == stories[a.Slug])) / (double)followed.Count;
    }
}
