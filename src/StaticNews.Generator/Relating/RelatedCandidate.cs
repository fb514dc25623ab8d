using StaticNews.Model;

namespace StaticNews.Generator.Relating;

/// <summary>A story considered for an article's related blocks, with what each signal added to its score.</summary>
/// <param name="Contributions">Weighted similarity per <see cref="Signal"/>; they add up to <paramref name="Similarity"/>.</param>
/// <param name="Similarity">0 to 1 when the weights add up to 1.</param>
/// <param name="Recency">0.5 per half-life between the two publication dates.</param>
/// <param name="Pinned">Chosen by the editor with <c>related:</c>.</param>
public sealed record RelatedCandidate(Article Article, IReadOnlyList<double> Contributions, double Similarity, double Recency, bool Pinned)
{
    public double Score => Similarity * Recency;

    /// <summary>
    /// What the two stories say and the names they give: the text and names signals, weighted. "Latest on this story"
    /// is judged on this alone; tags, authors and section describe a beat, which every story of a desk shares, so they
    /// may order close stories but never make two events one story.
    /// </summary>
    public double StorySimilarity => Contributions[(int)Signal.Text] + Contributions[(int)Signal.Entities];

    /// <summary>What "Latest on this story" compares with <see cref="RelatedSettings.LatestMinSimilarity"/>: <see cref="StorySimilarity"/> times the Latest recency.</summary>
    public double LatestStrength(Article article, RelatedSettings settings) =>
        StorySimilarity * LatestRecency(Article.PublishedAt - article.PublishedAt, settings);

    /// <summary>0.5 per <see cref="RelatedSettings.LatestHalfLifeDays"/> between the two stories.</summary>
    public static double LatestRecency(TimeSpan apart, RelatedSettings settings) =>
        Math.Pow(0.5, Math.Abs(apart.TotalDays) / settings.LatestHalfLifeDays);

    /// <summary>The share of the similarity that <paramref name="signal"/> brought, 0 to 1.</summary>
    public double ShareOf(Signal signal) => Similarity > 0 ? Contributions[(int)signal] / Similarity : 0;
}
