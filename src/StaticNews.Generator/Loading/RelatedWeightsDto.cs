namespace StaticNews.Generator.Loading;

/// <summary>The <c>related.weights:</c> map of site.yml as written.</summary>
public sealed class RelatedWeightsDto
{
    public double? Text { get; set; }
    public double? Entities { get; set; }
    public double? Tags { get; set; }
    public double? Authors { get; set; }
    public double? Section { get; set; }
}
