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

    /// <summary>The share of the similarity that <paramref name="signal"/> brought, 0 to 1.</summary>
    public double ShareOf(Signal signal) => Similarity > 0 ? Contributions[(int)signal] / Similarity : 0;
}
