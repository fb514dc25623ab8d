using StaticNews.Model;

namespace StaticNews.Generator.Relating;

/// <summary>Inverted indexes from tags, authors and sections to articles, for finding related candidates quickly.</summary>
internal sealed class CandidateIndex
{
    private readonly Dictionary<string, List<Article>> byTag = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Article>> byAuthor = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Article>> bySection = new(StringComparer.Ordinal);
    private readonly Dictionary<Article, int> positionInSection = new(ReferenceEqualityComparer.Instance);

    /// <param name="articles">Newest first.</param>
    /// <param name="maxPostingList">Tags and authors on more articles than this are skipped as too common.</param>
    public CandidateIndex(IReadOnlyList<Article> articles, int maxPostingList)
    {
        foreach (var article in articles)
        {
            foreach (var tag in article.Tags) Add(byTag, tag.Slug, article);
            foreach (var author in article.Authors) Add(byAuthor, author.Slug, article);
            var section = Add(bySection, article.Section.Slug, article);
            positionInSection[article] = section.Count - 1;
        }
        Prune(byTag, maxPostingList);
        Prune(byAuthor, maxPostingList);
    }

    public IEnumerable<Article> CandidatesFor(Article article, int sectionNeighbours)
    {
        var seen = new HashSet<Article>(ReferenceEqualityComparer.Instance);
        foreach (var tag in article.Tags)
            if (byTag.TryGetValue(tag.Slug, out var list)) seen.UnionWith(list);
        foreach (var author in article.Authors)
            if (byAuthor.TryGetValue(author.Slug, out var list)) seen.UnionWith(list);
        if (bySection.TryGetValue(article.Section.Slug, out var section) && positionInSection.TryGetValue(article, out var position))
        {
            var from = Math.Max(0, position - sectionNeighbours);
            var to = Math.Min(section.Count, position + sectionNeighbours + 1);
            for (var i = from; i < to; i++) seen.Add(section[i]);
        }
        return seen;
    }

    private static List<Article> Add(Dictionary<string, List<Article>> index, string key, Article article)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(article);
        return list;
    }

    private static void Prune(Dictionary<string, List<Article>> index, int max)
    {
        foreach (var key in index.Where(kv => kv.Value.Count > max).Select(kv => kv.Key).ToList())
            index.Remove(key);
    }
}
