using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using StaticNews.Model;

namespace StaticNews.Generator.Relating;

/// <summary>
/// Applies the editor's and the page's rules to ranked candidates: exclusions, pins first, "Latest on this story"
/// from newer close matches, and a section-diversity rule for Explore.
/// One picker per thread: it reuses its lists, which hold the last pick's article ids. Compiled optimized at once, as
/// <see cref="CandidateScorer"/> is.
/// </summary>
internal sealed class BlockPicker(FeatureIndex index)
{
    /// <summary>Once a section fills its share of Explore, a story from another section scoring within this factor goes first.</summary>
    public const double DiversityTolerance = 0.8;

    private readonly RelatedSettings settings = index.Site.Config.Related;
    private readonly int relatedCount = index.Site.Config.RelatedCount;
    private readonly List<int> excluded = [];
    private readonly List<int> open = [];
    private readonly List<ScoredCandidate> newer = [];
    private readonly int[] perSection = new int[index.SectionCount];

    /// <summary>Article ids for "Explore", the <see cref="PinnedCount"/> editor pins first.</summary>
    public List<int> Explore { get; } = [];

    public int PinnedCount { get; private set; }

    /// <summary>Article ids for "Latest on this story", newest first.</summary>
    public List<int> Latest { get; } = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Pick(int id, ReadOnlySpan<ScoredCandidate> ranked)
    {
        var article = index.Articles[id];
        Explore.Clear();
        Latest.Clear();
        excluded.Clear();
        excluded.Add(id);
        // Slugs that name no article can match no candidate: ids compare cheaper than slugs.
        foreach (var slug in article.ExcludedRelated)
            if (index.IdOf.TryGetValue(slug, out var other)) excluded.Add(other);
        foreach (var slug in article.PinnedRelated)
        {
            if (Explore.Count >= relatedCount) break;
            if (!index.IdOf.TryGetValue(slug, out var pin) || pin == id || !FeatureIndex.IsRelatable(index.Articles[pin])) continue;
            if (excluded.Contains(pin) || Explore.Contains(pin)) continue;
            Explore.Add(pin);
        }
        PinnedCount = Explore.Count;
        excluded.AddRange(Explore);

        open.Clear();
        for (var i = 0; i < ranked.Length; i++)
            if (ranked[i].Score > 0 && !excluded.Contains(ranked[i].Id)) open.Add(i);

        PickLatest(article, ranked);
        foreach (var latest in Latest)
            for (var i = 0; i < open.Count; i++)
                if (ranked[open[i]].Id == latest)
                {
                    open.RemoveAt(i);
                    break;
                }
        PickDiverse(ranked);
    }

    /// <summary>
    /// The most similar newer stories (then in rank order), shown newest first. Only what the stories say and name, and
    /// how close together they came out, admit one (<see cref="RelatedCandidate.LatestStrength"/>): tags, authors and
    /// section are shared by every story of a desk, so they may order close stories but never make two events one story.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PickLatest(Article article, ReadOnlySpan<ScoredCandidate> ranked)
    {
        newer.Clear();
        foreach (var i in open)
        {
            var candidate = index.Articles[ranked[i].Id];
            if (candidate.PublishedAt > article.PublishedAt
                && ranked[i].Story * RelatedCandidate.LatestRecency(candidate.PublishedAt - article.PublishedAt, settings) >= settings.LatestMinSimilarity)
                newer.Add(ranked[i]);
        }
        CollectionsMarshal.AsSpan(newer).Sort(new MoreSimilarFirst(index));
        for (var i = 0; i < Math.Min(newer.Count, settings.LatestCount); i++) Latest.Add(newer[i].Id);
        CollectionsMarshal.AsSpan(Latest).Sort(new NewestFirst(index));
    }

    /// <summary>Higher similarity first, then <see cref="RankOrder"/>.</summary>
    private readonly struct MoreSimilarFirst(FeatureIndex index) : IComparer<ScoredCandidate>
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Compare(ScoredCandidate x, ScoredCandidate y)
        {
            var bySimilarity = y.Similarity.CompareTo(x.Similarity);
            return bySimilarity != 0 ? bySimilarity : new RankOrder(index).Compare(x, y);
        }
    }

    /// <summary>Takes the best open candidates in turn, letting a close one from another section overtake a section that already has its share.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PickDiverse(ReadOnlySpan<ScoredCandidate> ranked)
    {
        Array.Clear(perSection);
        foreach (var pin in Explore) perSection[index.SectionOf[pin]]++;
        for (var taken = PinnedCount; taken < relatedCount && open.Count > 0; taken++)
        {
            var best = 0;
            var bestScore = Effective(ranked[open[0]]);
            for (var i = 1; i < open.Count; i++)
            {
                var score = Effective(ranked[open[i]]);
                if (score > bestScore) (best, bestScore) = (i, score);
            }
            var chosen = ranked[open[best]].Id;
            open.RemoveAt(best);
            perSection[index.SectionOf[chosen]]++;
            Explore.Add(chosen);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Effective(in ScoredCandidate candidate) =>
        perSection[index.SectionOf[candidate.Id]] >= settings.MaxPerSection ? candidate.Score * DiversityTolerance : candidate.Score;
}
