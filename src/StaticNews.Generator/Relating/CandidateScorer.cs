using System.Runtime.CompilerServices;
using StaticNews.Model;

namespace StaticNews.Generator.Relating;

/// <summary>
/// Finds one article's best candidates: walks the posting lists of its strongest features, adding up partial
/// similarities, keeps the top few (<see cref="MinPoolSize"/>, or three per card shown) and scores those exactly. Long posting lists are only read
/// near the article's date, so the work per article stays bounded however large the archive grows.
/// One scorer per thread: it reuses its scratch arrays.
/// </summary>
internal sealed class CandidateScorer
{
    public const int MinPoolSize = 24;
    private const int SignalCount = (int)Signal.Section + 1;

    /// <summary>Postings read per feature at most: the ones published closest to the article.</summary>
    public const int MaxPostingsRead = 96;

    /// <summary>Features of the article used to look candidates up, per kind (the strongest ones).</summary>
    private static readonly int[] QueryFeatures = [12, 8, 8, 4];

    private readonly FeatureIndex index;
    private readonly RelatedWeights weights;
    private readonly double halfLifeDays;
    private readonly int poolSize;
    private readonly float[] partial;
    private readonly int[] seenBy;
    private readonly List<int> touched = [];
    private int query;

    public CandidateScorer(FeatureIndex index)
    {
        this.index = index;
        weights = index.Site.Config.Related.Weights;
        halfLifeDays = index.Site.Config.Related.HalfLifeDays;
        poolSize = Math.Max(MinPoolSize, 3 * (index.Site.Config.RelatedCount + index.Site.Config.Related.LatestCount));
        partial = new float[index.Articles.Count * FeatureIndex.IndexedKinds];
        seenBy = new int[index.Articles.Count];
    }

    /// <summary>The best candidates for article <paramref name="id"/>, best first; never the article itself or a draft.</summary>
    // Hot loops that run once per build: compiled optimized at once, since tiering would only promote them when the stage is over.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<RelatedCandidate> Rank(int id)
    {
        Collect(id);
        var pool = new PriorityQueue<int, (double Score, int Id)>(poolSize + 1, WorstFirst.Instance);
        var section = index.SectionOf[id];
        foreach (var candidate in touched)
        {
            if (candidate == id) continue;
            var at = candidate * FeatureIndex.IndexedKinds;
            var similarity = (index.SectionOf[candidate] == section ? weights.Section : 0)
                + weights.Text * partial[at] + weights.Entities * partial[at + 1] + weights.Tags * partial[at + 2] + weights.Authors * partial[at + 3];
            if (pool.Count == poolSize && pool.TryPeek(out _, out var worst) && similarity <= worst.Score) continue;
            pool.Enqueue(candidate, (similarity * Recency(id, candidate), candidate));
            if (pool.Count > poolSize) pool.Dequeue();
        }
        var ranked = new List<RelatedCandidate>(pool.Count);
        while (pool.Count > 0) ranked.Add(Exact(id, pool.Dequeue(), pinned: false));
        ranked.Sort(RankOrder.Instance);
        return ranked;
    }

    /// <summary>The full breakdown of one pair.</summary>
    public RelatedCandidate Exact(int id, int candidate, bool pinned)
    {
        var contributions = new double[SignalCount];
        for (var kind = 0; kind < FeatureIndex.IndexedKinds; kind++)
            contributions[kind] = Weight((Signal)kind) * index.Cosine(kind, id, candidate);
        if (index.SectionOf[candidate] == index.SectionOf[id]) contributions[(int)Signal.Section] = weights.Section;
        return new RelatedCandidate(index.Articles[candidate], contributions, contributions.Sum(), Recency(id, candidate), pinned);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Collect(int id)
    {
        touched.Clear();
        query++;
        for (var kind = 0; kind < FeatureIndex.IndexedKinds; kind++)
        {
            var vector = index.VectorOf(kind, id).ToArray();
            Array.Sort(vector, (a, b) => b.Weight != a.Weight ? b.Weight.CompareTo(a.Weight) : a.Id.CompareTo(b.Id));
            foreach (var feature in vector.AsSpan(0, Math.Min(vector.Length, QueryFeatures[kind])))
            {
                var (articles, featureWeights) = index.Postings(feature.Id);
                var (from, to) = Window(articles, id);
                for (var p = from; p < to; p++)
                {
                    var candidate = articles[p];
                    if (seenBy[candidate] != query)
                    {
                        seenBy[candidate] = query;
                        touched.Add(candidate);
                        partial.AsSpan(candidate * FeatureIndex.IndexedKinds, FeatureIndex.IndexedKinds).Clear();
                    }
                    partial[candidate * FeatureIndex.IndexedKinds + kind] += feature.Weight * featureWeights[p];
                }
            }
        }
    }

    /// <summary>The whole list when short; otherwise the <see cref="MaxPostingsRead"/> entries nearest the article in date order.</summary>
    private static (int From, int To) Window(int[] articles, int id)
    {
        if (articles.Length <= MaxPostingsRead) return (0, articles.Length);
        var position = Array.BinarySearch(articles, id);
        if (position < 0) position = ~position;
        var from = Math.Clamp(position - MaxPostingsRead / 2, 0, articles.Length - MaxPostingsRead);
        return (from, from + MaxPostingsRead);
    }

    private double Recency(int a, int b) => Math.Pow(0.5, Math.Abs(index.DayOf[a] - index.DayOf[b]) / halfLifeDays);

    private double Weight(Signal signal) => signal switch
    {
        Signal.Text => weights.Text,
        Signal.Entities => weights.Entities,
        Signal.Tags => weights.Tags,
        Signal.Authors => weights.Authors,
        _ => weights.Section,
    };

    /// <summary>Lowest score (then highest id) on top of the queue, so it is the one dropped.</summary>
    private sealed class WorstFirst : IComparer<(double Score, int Id)>
    {
        public static WorstFirst Instance { get; } = new();

        public int Compare((double Score, int Id) x, (double Score, int Id) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Id.CompareTo(x.Id);
    }
}
