using StaticNews.Model;

namespace StaticNews.Generator.Relating;

/// <summary>
/// The related-articles engine. Signals: TF-IDF similarity of headline, standfirst and body; shared named entities;
/// shared tags; shared authors; the same section; weighed by a recency half-life (all set in site.yml's
/// <c>related:</c>). Candidates come from an inverted index with top-k selection, never from all pairs.
/// </summary>
public sealed class RelatedEngine : IRelatedArticlesFinder
{
    public IReadOnlyDictionary<string, RelatedStories> FindAll(Site site)
    {
        var index = FeatureIndex.Build(site);
        var blocks = new RelatedStories[site.Articles.Count];
        // One scorer and picker per worker: the scorer holds scratch arrays the size of the archive.
        var next = -1;
        Parallel.For(0, Environment.ProcessorCount, _ =>
        {
            var scorer = new CandidateScorer(index);
            var picker = new BlockPicker(index);
            for (var id = Interlocked.Increment(ref next); id < blocks.Length; id = Interlocked.Increment(ref next))
            {
                picker.Pick(id, scorer.Rank(id));
                blocks[id] = new RelatedStories(ArticlesOf(index, picker.Explore), ArticlesOf(index, picker.Latest));
            }
        });
        var result = new Dictionary<string, RelatedStories>(site.Articles.Count, StringComparer.Ordinal);
        for (var id = 0; id < blocks.Length; id++) result.TryAdd(site.Articles[id].Slug, blocks[id]);
        return result;
    }

    /// <summary>The same ranking and picks as <see cref="FindAll"/>, with each candidate's score broken down by signal.</summary>
    public RelatedExplanation? Explain(Site site, string slug)
    {
        var index = FeatureIndex.Build(site);
        if (!index.IdOf.TryGetValue(slug, out var id)) return null;
        var scorer = new CandidateScorer(index);
        var picker = new BlockPicker(index);
        var ranked = scorer.Rank(id);
        picker.Pick(id, ranked);
        var candidates = new List<RelatedCandidate>(ranked.Length);
        var byId = new Dictionary<int, RelatedCandidate>(ranked.Length);
        foreach (var candidate in ranked)
        {
            candidates.Add(scorer.Exact(id, candidate.Id, pinned: false));
            byId[candidate.Id] = candidates[^1];
        }
        var explore = picker.Explore.Select((pick, i) => i < picker.PinnedCount ? scorer.Exact(id, pick, pinned: true) : byId[pick]).ToList();
        return new RelatedExplanation(index.Articles[id], explore, picker.Latest.Select(pick => byId[pick]).ToList(), candidates);
    }

    private static List<Article> ArticlesOf(FeatureIndex index, List<int> ids)
    {
        var articles = new List<Article>(ids.Count);
        foreach (var id in ids) articles.Add(index.Articles[id]);
        return articles;
    }
}
