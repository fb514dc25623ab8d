namespace StaticNews.Generator.Relating;

/// <summary>A candidate as ranking and picking see it; the per-signal breakdown is only worked out to explain a pick.</summary>
/// <param name="Id">The candidate's article id in the <see cref="FeatureIndex"/>.</param>
/// <param name="Story">The text and names signals alone, as <see cref="RelatedCandidate.StorySimilarity"/>.</param>
internal readonly record struct ScoredCandidate(int Id, double Similarity, double Recency, double Story)
{
    /// <summary>As <see cref="RelatedCandidate.Score"/>: the same product, so both paths rank alike.</summary>
    public double Score => Similarity * Recency;
}
