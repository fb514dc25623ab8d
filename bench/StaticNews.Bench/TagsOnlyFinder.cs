using StaticNews.Generator.Relating;
using StaticNews.Model;

namespace StaticNews.Bench;

/// <summary>The baseline most generators offer: the stories sharing the most tags, the closest in time first.</summary>
public sealed class TagsOnlyFinder : IRelatedArticlesFinder
{
    public IReadOnlyDictionary<string, RelatedStories> FindAll(Site site)
    {
        var byTag = site.Articles.Where(a => !a.IsDraft).SelectMany(a => a.Tags, (a, t) => (t.Slug, a)).ToLookup(x => x.Slug, x => x.a, StringComparer.Ordinal);
        return site.Articles.AsParallel().AsOrdered()
            .Select(a => (a.Slug, Stories: new RelatedStories(Rank(a, byTag).Take(site.Config.RelatedCount).Select(c => c.Article).ToList(), [])))
            .ToDictionary(x => x.Slug, x => x.Stories, StringComparer.Ordinal);
    }

    public RelatedExplanation? Explain(Site site, string slug)
    {
        var article = site.Articles.FirstOrDefault(a => a.Slug == slug);
        if (article is null) return null;
        var byTag = site.Articles.Where(a => !a.IsDraft).SelectMany(a => a.Tags, (a, t) => (t.Slug, a)).ToLookup(x => x.Slug, x => x.a, StringComparer.Ordinal);
        var ranked = Rank(article, byTag).ToList();
        return new RelatedExplanation(article, ranked.Take(site.Config.RelatedCount).ToList(), [], ranked);
    }

    private static IEnumerable<RelatedCandidate> Rank(Article article, ILookup<string, Article> byTag) =>
        article.Tags.SelectMany(t => byTag[t.Slug])
            .Where(c => c.Slug != article.Slug)
            .GroupBy(c => c.Slug, StringComparer.Ordinal)
            .Select(g => (Article: g.First(), Shared: g.Count()))
            .OrderByDescending(x => x.Shared)
            .ThenBy(x => Math.Abs((x.Article.PublishedAt - article.PublishedAt).Ticks))
            .ThenBy(x => x.Article.Slug, StringComparer.Ordinal)
            .Select(x => new RelatedCandidate(x.Article, [0, 0, x.Shared, 0, 0], x.Shared, 1, Pinned: false));
}
