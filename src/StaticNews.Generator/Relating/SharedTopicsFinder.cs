using StaticNews.Model;

namespace StaticNews.Generator.Relating;

/// <summary>
/// First related-articles scorer: shared tags, shared authors and the same section, weighed by how close in
/// time two stories are. Candidates come from inverted indexes (tag → articles, author → articles, and the
/// nearest stories of the same section), so the work per article does not grow with the whole archive.
/// </summary>
public sealed class SharedTopicsFinder : IRelatedArticlesFinder
{
    public const double TagWeight = 3;
    public const double AuthorWeight = 1.5;
    public const double SectionWeight = 1;
    public const double RecencyHalfLifeDays = 60;

    /// <summary>Same-section neighbours considered on each side in time, besides tag and author matches.</summary>
    private const int SectionNeighbours = 25;

    /// <summary>A tag or author shared by more articles than this is too common to tell stories apart.</summary>
    private const int MaxPostingList = 500;

    public IReadOnlyDictionary<string, IReadOnlyList<Article>> FindAll(Site site)
    {
        var candidates = site.Articles.Where(a => !a.IsDraft).ToList();
        var index = new CandidateIndex(candidates, MaxPostingList);
        var bySlug = candidates.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        var count = site.Config.RelatedCount;
        return site.Articles
            .AsParallel().AsOrdered()
            .Select(article => (article.Slug, Related: Find(article, index, bySlug, count)))
            .ToDictionary(x => x.Slug, x => x.Related, StringComparer.Ordinal);
    }

    private static IReadOnlyList<Article> Find(Article article, CandidateIndex index, Dictionary<string, Article> bySlug, int count)
    {
        var pinned = article.PinnedRelated
            .Where(slug => slug != article.Slug)
            .Select(slug => bySlug.GetValueOrDefault(slug))
            .OfType<Article>()
            .Distinct()
            .Take(count)
            .ToList();
        var scored = index.CandidatesFor(article, SectionNeighbours)
            .Where(candidate => candidate.Slug != article.Slug && !pinned.Contains(candidate))
            .Select(candidate => (Article: candidate, Score: Score(article, candidate)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => x.Article.PublishedAt)
            .ThenBy(x => x.Article.Slug, StringComparer.Ordinal)
            .Select(x => x.Article);
        return pinned.Concat(scored).Take(count).ToList();
    }

    public static double Score(Article article, Article candidate)
    {
        var sharedTags = article.Tags.Count(t => candidate.Tags.Any(c => c.Slug == t.Slug));
        var sharedAuthors = article.Authors.Count(a => candidate.Authors.Any(c => c.Slug == a.Slug));
        var sameSection = article.Section.Slug == candidate.Section.Slug ? 1 : 0;
        var topical = TagWeight * sharedTags + AuthorWeight * sharedAuthors + SectionWeight * sameSection;
        var days = Math.Abs((article.PublishedAt - candidate.PublishedAt).TotalDays);
        return topical * Math.Pow(0.5, days / RecencyHalfLifeDays);
    }
}
