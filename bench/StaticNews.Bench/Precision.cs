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
}
