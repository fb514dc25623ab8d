namespace StaticNews.Generator.Loading;

/// <summary>The <c>related:</c> map of site.yml as written.</summary>
public sealed class RelatedSettingsDto
{
    public string? ExploreHeading { get; set; }
    public string? LatestHeading { get; set; }
    public int? LatestCount { get; set; }
    public double? HalfLifeDays { get; set; }
    public double? CommonShare { get; set; }
    public double? LatestMinSimilarity { get; set; }
    public double? LatestHalfLifeDays { get; set; }
    public int? MaxPerSection { get; set; }
    public RelatedWeightsDto? Weights { get; set; }
}
