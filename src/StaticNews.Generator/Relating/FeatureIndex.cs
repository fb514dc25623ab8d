using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using StaticNews.Model;

namespace StaticNews.Generator.Relating;

/// <summary>
/// Every article as four sparse, length-normalised TF-IDF vectors (text, entities, tags, authors) and, per feature,
/// the list of articles that carry it (the inverted index). Features on more than
/// <see cref="RelatedSettings.CommonShare"/> of the archive, or on a single article, are left out of both.
/// </summary>
internal sealed class FeatureIndex
{
    public const int IndexedKinds = 4;

    /// <summary>A feature is only "too common" when it is also on more than this many articles, so small sites keep their tags.</summary>
    public const int CommonFloor = 10;

    /// <summary>
    /// An article with fewer distinct words than this (one or two sentences) has its names signal scaled down in
    /// proportion: a single name it shares with another story would otherwise be all its names, and look like one story.
    /// </summary>
    public const int FullNamesTerms = 20;

    /// <summary>Stored features per article and kind (the rest still count in the vector's length).</summary>
    private static readonly int[] MaxStored = [48, 24, 16, 8];

    private readonly Feature[][][] vectors;
    private readonly int[][] postingArticles;
    private readonly float[][] postingWeights;
    private readonly bool[] repeats;

    private FeatureIndex(Site site, IReadOnlyList<Article> articles, Feature[][][] vectors, int[][] postingArticles, float[][] postingWeights)
    {
        Site = site;
        Articles = articles;
        this.vectors = vectors;
        this.postingArticles = postingArticles;
        this.postingWeights = postingWeights;
        repeats = vectors.Select(kind => kind.Any(HasRepeats)).ToArray();
        var idOf = new Dictionary<string, int>(articles.Count, StringComparer.Ordinal);
        var sections = new Dictionary<string, int>(StringComparer.Ordinal);
        SectionOf = new int[articles.Count];
        DayOf = new double[articles.Count];
        NamesWeight = new float[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            NamesWeight[i] = Math.Min(1f, articles[i].Text.Terms.Count / (float)FullNamesTerms);
            idOf.Add(articles[i].Slug, i);
            if (!sections.TryGetValue(articles[i].Section.Slug, out SectionOf[i])) sections.Add(articles[i].Section.Slug, SectionOf[i] = sections.Count);
            DayOf[i] = articles[i].PublishedAt.UtcTicks / (double)TimeSpan.TicksPerDay;
        }
        IdOf = idOf;
        SectionCount = sections.Count;
    }

    /// <summary>Per article id: a number for its section, compared for every candidate, so no strings are.</summary>
    public int[] SectionOf { get; }

    /// <summary>How many different sections <see cref="SectionOf"/> numbers.</summary>
    public int SectionCount { get; }

    /// <summary>Per article id: how much its names count, 1 unless it is very short (<see cref="FullNamesTerms"/>).</summary>
    public float[] NamesWeight { get; }

    /// <summary>Per article id: its publication time in days.</summary>
    public double[] DayOf { get; }

    public Site Site { get; }

    /// <summary>The site's articles in its order (newest first): an article's id is its position, so posting lists run in date order.</summary>
    public IReadOnlyList<Article> Articles { get; }

    public IReadOnlyDictionary<string, int> IdOf { get; }

    public int FeatureCount => postingArticles.Length;

    // Hot loops that run once per build: compiled optimized at once, since tiering would only promote them when the stage is over.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static FeatureIndex Build(Site site)
    {
        var articles = site.Articles;
        var relatable = articles.Select(IsRelatable).ToArray();
        var relatableCount = Math.Max(1, relatable.Count(r => r));
        var cut = Math.Max(CommonFloor, site.Config.Related.CommonShare * relatableCount);
        var frequencies = new List<int>();
        var vectors = new Feature[IndexedKinds][][];
        for (var kind = 0; kind < IndexedKinds; kind++)
        {
            // Each distinct key gets a slot when first met, so it is hashed once per article that carries it: how many
            // relatable articles carry it (a key only drafts carry counts as on one article) and its feature id are kept per slot.
            var keys = new TermCount[articles.Count][];
            var slots = new int[articles.Count][];
            var slotOf = new Dictionary<string, int>(StringComparer.Ordinal);
            var keyOf = new List<string>();
            var carriers = new List<int>();
            for (var i = 0; i < articles.Count; i++)
            {
                keys[i] = KeysOf(kind, articles[i]);
                slots[i] = new int[keys[i].Length];
                for (var k = 0; k < keys[i].Length; k++)
                {
                    var key = keys[i][k].Term;
                    if (!slotOf.TryGetValue(key, out var slot))
                    {
                        slotOf.Add(key, slot = keyOf.Count);
                        keyOf.Add(key);
                        carriers.Add(0);
                    }
                    slots[i][k] = slot;
                    if (relatable[i]) carriers[slot]++;
                }
            }
            var frequency = carriers.Select(count => Math.Max(1, count)).ToArray();
            var indexed = Enumerable.Range(0, frequency.Length).Where(slot => frequency[slot] >= 2 && frequency[slot] <= cut).ToArray();
            Array.Sort(indexed, (a, b) => string.CompareOrdinal(keyOf[a], keyOf[b]));
            var idOf = new int[frequency.Length];
            foreach (var slot in indexed)
            {
                idOf[slot] = frequencies.Count;
                frequencies.Add(frequency[slot]);
            }

            var max = MaxStored[kind];
            vectors[kind] = new Feature[articles.Count][];
            Parallel.For(0, articles.Count, i => vectors[kind][i] = Vector(keys[i], slots[i], frequency, idOf, relatableCount, cut, max));
        }

        var postingArticles = new List<int>[frequencies.Count];
        var postingWeights = new List<float>[frequencies.Count];
        for (var f = 0; f < frequencies.Count; f++) (postingArticles[f], postingWeights[f]) = (new(frequencies[f]), new(frequencies[f]));
        for (var i = 0; i < articles.Count; i++)
        {
            if (!relatable[i]) continue;
            for (var kind = 0; kind < IndexedKinds; kind++)
                foreach (var feature in vectors[kind][i])
                {
                    postingArticles[feature.Id].Add(i);
                    postingWeights[feature.Id].Add(feature.Weight);
                }
        }
        return new FeatureIndex(site, articles, vectors,
            postingArticles.Select(p => p.ToArray()).ToArray(), postingWeights.Select(p => p.ToArray()).ToArray());
    }

    /// <summary>Drafts are never offered as related stories.</summary>
    public static bool IsRelatable(Article article) => !article.IsDraft;

    public ReadOnlySpan<Feature> VectorOf(int kind, int article) => vectors[kind][article];

    public (int[] Articles, float[] Weights) Postings(int feature) => (postingArticles[feature], postingWeights[feature]);

    /// <summary>
    /// Whether no vector of this kind holds a feature twice (an author listed twice can), so that a cosine may look
    /// features up by id (<see cref="CandidateScorer"/>) instead of merging, and still add the same products in the same order.
    /// </summary>
    public bool HasUniqueFeatures(int kind) => !repeats[kind];

    /// <summary>Cosine similarity of two articles' vectors of one kind, by merging their id-ordered features.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Cosine(int kind, int a, int b)
    {
        var x = vectors[kind][a];
        var y = vectors[kind][b];
        double sum = 0;
        for (int i = 0, j = 0; i < x.Length && j < y.Length;)
        {
            if (x[i].Id == y[j].Id) sum += x[i++].Weight * y[j++].Weight;
            else if (x[i].Id < y[j].Id) i++;
            else j++;
        }
        return sum;
    }

    private static bool HasRepeats(Feature[] vector)
    {
        for (var i = 1; i < vector.Length; i++)
            if (vector[i].Id == vector[i - 1].Id) return true;
        return false;
    }

    private static TermCount[] KeysOf(int kind, Article article) => (Signal)kind switch
    {
        Signal.Text => article.Text.Terms as TermCount[] ?? [.. article.Text.Terms],
        Signal.Entities => article.Text.Entities as TermCount[] ?? [.. article.Text.Entities],
        Signal.Tags => article.Tags.Select(t => new TermCount(t.Slug, 1f)).ToArray(),
        _ => article.Authors.Select(x => new TermCount(x.Slug, 1f)).ToArray(),
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Feature[] Vector(TermCount[] keys, int[] slots, int[] frequencies, int[] ids, int total, double cut, int max)
    {
        var kept = new List<Feature>(keys.Length);
        double squares = 0;
        for (var k = 0; k < keys.Length; k++)
        {
            var (count, frequency, id) = (keys[k].Count, frequencies[slots[k]], ids[slots[k]]);
            if (frequency > cut) continue;
            var weight = (1 + Math.Log(count)) * Math.Log(1 + (double)total / frequency);
            squares += weight * weight;
            if (frequency >= 2) kept.Add(new Feature(id, (float)weight));
        }
        if (squares == 0) return [];
        var length = (float)Math.Sqrt(squares);
        var stored = kept.ToArray();
        if (stored.Length > max)
        {
            Array.Sort(stored, (x, y) => x.Weight != y.Weight ? y.Weight.CompareTo(x.Weight) : x.Id.CompareTo(y.Id));
            Array.Resize(ref stored, max);
        }
        for (var i = 0; i < stored.Length; i++) stored[i] = stored[i] with { Weight = stored[i].Weight / length };
        Array.Sort(stored, (x, y) => x.Id.CompareTo(y.Id));
        return stored;
    }
}
