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

    /// <summary>Stored features per article and kind (the rest still count in the vector's length).</summary>
    private static readonly int[] MaxStored = [48, 24, 16, 8];

    private readonly Feature[][][] vectors;
    private readonly int[][] postingArticles;
    private readonly float[][] postingWeights;

    private FeatureIndex(Site site, IReadOnlyList<Article> articles, Feature[][][] vectors, int[][] postingArticles, float[][] postingWeights)
    {
        Site = site;
        Articles = articles;
        this.vectors = vectors;
        this.postingArticles = postingArticles;
        this.postingWeights = postingWeights;
        IdOf = articles.Select((a, i) => (a.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        var sections = new Dictionary<string, int>(StringComparer.Ordinal);
        SectionOf = articles.Select(a => sections.TryGetValue(a.Section.Slug, out var s) ? s : sections[a.Section.Slug] = sections.Count).ToArray();
        DayOf = articles.Select(a => a.PublishedAt.UtcTicks / (double)TimeSpan.TicksPerDay).ToArray();
    }

    /// <summary>Per article id: a number for its section, compared for every candidate, so no strings are.</summary>
    public int[] SectionOf { get; }

    /// <summary>Per article id: its publication time in days.</summary>
    public double[] DayOf { get; }

    public Site Site { get; }

    /// <summary>The site's articles in its order (newest first): an article's id is its position, so posting lists run in date order.</summary>
    public IReadOnlyList<Article> Articles { get; }

    public IReadOnlyDictionary<string, int> IdOf { get; }

    public int FeatureCount => postingArticles.Length;

    public static FeatureIndex Build(Site site)
    {
        var articles = site.Articles;
        var relatable = articles.Select(IsRelatable).ToArray();
        var relatableCount = Math.Max(1, relatable.Count(r => r));
        var cut = Math.Max(CommonFloor, site.Config.Related.CommonShare * relatableCount);
        var ids = new Dictionary<string, int>[IndexedKinds];
        var frequencies = new List<int>();
        var vectors = new Feature[IndexedKinds][][];
        for (var kind = 0; kind < IndexedKinds; kind++)
        {
            var keyed = Keyed(kind);
            ids[kind] = new Dictionary<string, int>(StringComparer.Ordinal);
            var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < articles.Count; i++)
                if (relatable[i])
                    foreach (var (key, _) in keyed(articles[i]))
                        documentFrequency[key] = documentFrequency.GetValueOrDefault(key) + 1;
            foreach (var (key, frequency) in documentFrequency.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                if (frequency >= 2 && frequency <= cut)
                {
                    ids[kind][key] = frequencies.Count;
                    frequencies.Add(frequency);
                }

            var kindIds = ids[kind];
            var max = MaxStored[kind];
            vectors[kind] = new Feature[articles.Count][];
            Parallel.For(0, articles.Count, i =>
                vectors[kind][i] = Vector(keyed(articles[i]), kindIds, documentFrequency, relatableCount, cut, max));
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

    /// <summary>Cosine similarity of two articles' vectors of one kind, by merging their id-ordered features.</summary>
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

    private static Func<Article, IEnumerable<(string Key, float Count)>> Keyed(int kind) => (Signal)kind switch
    {
        Signal.Text => a => a.Text.Terms.Select(t => (t.Term, t.Count)),
        Signal.Entities => a => a.Text.Entities.Select(t => (t.Term, t.Count)),
        Signal.Tags => a => a.Tags.Select(t => (t.Slug, 1f)),
        _ => a => a.Authors.Select(x => (x.Slug, 1f)),
    };

    private static Feature[] Vector(IEnumerable<(string Key, float Count)> keyed, Dictionary<string, int> ids,
        Dictionary<string, int> documentFrequency, int total, double cut, int max)
    {
        var kept = new List<Feature>();
        double squares = 0;
        foreach (var (key, count) in keyed)
        {
            var frequency = documentFrequency.GetValueOrDefault(key, 1);
            if (frequency > cut) continue;
            var weight = (1 + Math.Log(count)) * Math.Log(1 + (double)total / frequency);
            squares += weight * weight;
            if (ids.TryGetValue(key, out var id)) kept.Add(new Feature(id, (float)weight));
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
