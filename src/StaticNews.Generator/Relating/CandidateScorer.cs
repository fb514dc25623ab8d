using System.Runtime.CompilerServices;
using StaticNews.Model;

namespace StaticNews.Generator.Relating;

/// <summary>
/// Finds one article's best candidates: walks the posting lists of its strongest features, adding up partial
/// similarities, keeps the top few (<see cref="MinPoolSize"/>, or three per card shown) and scores those exactly. Long posting lists are only read
/// near the article's date, so the work per article stays bounded however large the archive grows.
/// One scorer per thread: it reuses its scratch arrays, so ranking an article allocates nothing.
/// Every method runs per article or per candidate, in one stage of one build: all are compiled optimized at once, as
/// tier-0 code would run most of the stage before tiering promoted it.
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
    private readonly int[] poolIds;
    private readonly double[] poolScores;
    private readonly ScoredCandidate[] ranked;
    private readonly float[] queryWeights;
    private Feature[] strongest = new Feature[64];
    private int query;
    private int loaded = -1;

    public CandidateScorer(FeatureIndex index)
    {
        this.index = index;
        weights = index.Site.Config.Related.Weights;
        halfLifeDays = index.Site.Config.Related.HalfLifeDays;
        poolSize = Math.Max(MinPoolSize, 3 * (index.Site.Config.RelatedCount + index.Site.Config.Related.LatestCount));
        partial = new float[index.Articles.Count * FeatureIndex.IndexedKinds];
        seenBy = new int[index.Articles.Count];
        poolIds = new int[poolSize];
        poolScores = new double[poolSize];
        ranked = new ScoredCandidate[poolSize];
        queryWeights = new float[index.FeatureCount];
    }

    /// <summary>
    /// The best candidates for article <paramref name="id"/>, best first (<see cref="RankOrder"/>); never the article itself or a draft.
    /// The span is this scorer's buffer: read it before the next call.
    /// </summary>
    // Hot loops that run once per build: compiled optimized at once, since tiering would only promote them when the stage is over.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<ScoredCandidate> Rank(int id)
    {
        Collect(id);
        // The pool keeps the best by estimate (score, then lower id); once full, a candidate whose similarity cannot beat its worst is skipped.
        var count = 0;
        var worst = 0;
        var section = index.SectionOf[id];
        foreach (var candidate in touched)
        {
            if (candidate == id) continue;
            var at = candidate * FeatureIndex.IndexedKinds;
            var similarity = (index.SectionOf[candidate] == section ? weights.Section : 0)
                + weights.Text * partial[at] + weights.Entities * NamesWeight(id, candidate) * partial[at + 1] + weights.Tags * partial[at + 2] + weights.Authors * partial[at + 3];
            if (count == poolSize && similarity <= poolScores[worst]) continue;
            var score = similarity * Recency(id, candidate);
            if (count < poolSize)
            {
                (poolIds[count], poolScores[count]) = (candidate, score);
                if (++count == poolSize) worst = Worst(count);
            }
            else if (!IsWorse(score, candidate, poolScores[worst], poolIds[worst]))
            {
                (poolIds[worst], poolScores[worst]) = (candidate, score);
                worst = Worst(count);
            }
        }
        for (var i = 0; i < count; i++)
        {
            var (similarity, story) = Similarity(id, poolIds[i]);
            ranked[i] = new ScoredCandidate(poolIds[i], similarity, Recency(id, poolIds[i]), story);
        }
        var result = ranked.AsSpan(0, count);
        result.Sort(new RankOrder(index));
        return result;
    }

    /// <summary>The full breakdown of one pair; its similarity and recency are the ones <see cref="Rank"/> gives.</summary>
    public RelatedCandidate Exact(int id, int candidate, bool pinned)
    {
        var contributions = new double[SignalCount];
        Contributions(id, candidate, contributions);
        return new RelatedCandidate(index.Articles[candidate], contributions, Sum(contributions), Recency(id, candidate), pinned);
    }

    /// <summary>The similarity, and the text and names signals alone as <see cref="RelatedCandidate.StorySimilarity"/> adds them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (double Similarity, double Story) Similarity(int id, int candidate)
    {
        Span<double> contributions = stackalloc double[SignalCount];
        Contributions(id, candidate, contributions);
        return (Sum(contributions), contributions[(int)Signal.Text] + contributions[(int)Signal.Entities]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Contributions(int id, int candidate, Span<double> contributions)
    {
        for (var kind = 0; kind < FeatureIndex.IndexedKinds; kind++)
            contributions[kind] = Weight((Signal)kind) * Cosine(kind, id, candidate);
        contributions[(int)Signal.Entities] *= NamesWeight(id, candidate);
        contributions[(int)Signal.Section] = index.SectionOf[candidate] == index.SectionOf[id] ? weights.Section : 0;
    }

    /// <summary>Added in signal order from zero, as <see cref="Enumerable.Sum(IEnumerable{double})"/> does, so every path gets the same bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Sum(ReadOnlySpan<double> contributions)
    {
        double sum = 0;
        foreach (var contribution in contributions) sum += contribution;
        return sum;
    }

    /// <summary>As <see cref="FeatureIndex.Cosine"/>, reading only the candidate's vector: the article's weights are looked up by feature id.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Cosine(int kind, int id, int candidate)
    {
        if (!index.HasUniqueFeatures(kind)) return index.Cosine(kind, id, candidate);
        Load(id);
        double sum = 0;
        foreach (var feature in index.VectorOf(kind, candidate))
        {
            // A feature the article lacks adds nothing, as in the merge; a product with a zero weight would leave the sum as it is.
            var weight = queryWeights[feature.Id];
            if (weight != 0) sum += weight * feature.Weight;
        }
        return sum;
    }

    /// <summary>Spreads article <paramref name="id"/>'s features over <see cref="queryWeights"/> by id (feature ids are unique across kinds).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Load(int id)
    {
        if (loaded == id) return;
        for (var kind = 0; loaded >= 0 && kind < FeatureIndex.IndexedKinds; kind++)
            foreach (var feature in index.VectorOf(kind, loaded)) queryWeights[feature.Id] = 0;
        for (var kind = 0; kind < FeatureIndex.IndexedKinds; kind++)
            foreach (var feature in index.VectorOf(kind, id)) queryWeights[feature.Id] = feature.Weight;
        loaded = id;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Collect(int id)
    {
        touched.Clear();
        query++;
        for (var kind = 0; kind < FeatureIndex.IndexedKinds; kind++)
        {
            var vector = index.VectorOf(kind, id);
            if (strongest.Length < vector.Length) strongest = new Feature[vector.Length];
            var features = strongest.AsSpan(0, vector.Length);
            vector.CopyTo(features);
            features.Sort(default(StrongestFirst));
            foreach (var feature in features[..Math.Min(features.Length, QueryFeatures[kind])])
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int From, int To) Window(int[] articles, int id)
    {
        if (articles.Length <= MaxPostingsRead) return (0, articles.Length);
        var position = Array.BinarySearch(articles, id);
        if (position < 0) position = ~position;
        var from = Math.Clamp(position - MaxPostingsRead / 2, 0, articles.Length - MaxPostingsRead);
        return (from, from + MaxPostingsRead);
    }

    /// <summary>The pool entry to drop next: lowest score, then highest id.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Worst(int count)
    {
        var worst = 0;
        for (var i = 1; i < count; i++)
            if (IsWorse(poolScores[i], poolIds[i], poolScores[worst], poolIds[worst])) worst = i;
        return worst;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsWorse(double score, int id, double otherScore, int otherId)
    {
        var byScore = score.CompareTo(otherScore);
        return byScore != 0 ? byScore < 0 : id > otherId;
    }

    /// <summary>Strongest first, then lower id: the order the article's features are looked up in.</summary>
    private readonly struct StrongestFirst : IComparer<Feature>
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Compare(Feature x, Feature y)
        {
            var byWeight = y.Weight.CompareTo(x.Weight);
            return byWeight != 0 ? byWeight : x.Id.CompareTo(y.Id);
        }
    }

    /// <summary>Names count as much as the shorter of the two texts lets them (<see cref="FeatureIndex.FullNamesTerms"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private float NamesWeight(int a, int b) => Math.Min(index.NamesWeight[a], index.NamesWeight[b]);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Recency(int a, int b) => Math.Pow(0.5, Math.Abs(index.DayOf[a] - index.DayOf[b]) / halfLifeDays);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Weight(Signal signal) => signal switch
    {
        Signal.Text => weights.Text,
        Signal.Entities => weights.Entities,
        Signal.Tags => weights.Tags,
        Signal.Authors => weights.Authors,
        _ => weights.Section,
    };
}
