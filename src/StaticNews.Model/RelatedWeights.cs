namespace StaticNews.Model;

/// <summary>How much each signal counts towards a related story's similarity (<c>related.weights</c> in site.yml).</summary>
public sealed record RelatedWeights
{
    public double Text { get; init; } = 0.35;
    public double Entities { get; init; } = 0.3;
    public double Tags { get; init; } = 0.2;
    public double Authors { get; init; } = 0.05;
    public double Section { get; init; } = 0.1;
}
