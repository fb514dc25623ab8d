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
        // One scorer per worker: each holds scratch arrays the size of the archive.
        var next = -1;
        Parallel.For(0, Environment.ProcessorCount, _ =>
        {
            var scorer = new CandidateScorer(index);
            for (var id = Interlocked.Increment(ref next); id < blocks.Length; id = Interlocked.Increment(ref next))
                blocks[id] = Explain(index, scorer, id).ToStories();
        });
        var result = new Dictionary<string, RelatedStories>(site.Articles.Count, StringComparer.Ordinal);
        for (var id = 0; id < blocks.Length; id++) result.TryAdd(site.Articles[id].Slug, blocks[id]);
        return result;
    }

    public RelatedExplanation? Explain(Site site, string slug)
    {
        var index = FeatureIndex.Build(site);
        return index.IdOf.TryGetValue(slug, out var id) ? Explain(index, new CandidateScorer(index), id) : null;
    }

    private static RelatedExplanation Explain(FeatureIndex index, CandidateScorer scorer, int id)
    {
        var article = index.Articles[id];
        var pins = article.PinnedRelated
            .Select(slug => index.IdOf.TryGetValue(slug, out var pin) ? pin : -1)
            .Where(pin => pin >= 0 && pin != id && FeatureIndex.IsRelatable(index.Articles[pin]))
            .Select(pin => scorer.Exact(id, pin, pinned: true))
            .ToList();
        return BlockPicker.Pick(article, pins, scorer.Rank(id), index.Site.Config);
    }
}
