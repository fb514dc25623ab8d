namespace StaticNews.Model;

/// <summary>The related blocks' settings from the <c>related:</c> map of site.yml (the Explore count is <see cref="SiteConfig.RelatedCount"/>).</summary>
public sealed record RelatedSettings
{
    public string ExploreHeading { get; init; } = "Explore";
    public string LatestHeading { get; init; } = "Latest on this story";

    /// <summary>Cards in "Latest on this story"; 0 hides the block.</summary>
    public int LatestCount { get; init; } = 3;

    /// <summary>Two stories this many days apart score half as much as two published together.</summary>
    public double HalfLifeDays { get; init; } = 180;

    /// <summary>Words, names, tags and authors on more than this share of the archive carry no weight.</summary>
    public double CommonShare { get; init; } = 0.1;

    /// <summary>A story must be at least this similar (0 to 1, before recency) to count as a follow-up.</summary>
    public double LatestMinSimilarity { get; init; } = 0.25;

    /// <summary>Cards one section may fill in Explore before close-scoring stories of other sections go first.</summary>
    public int MaxPerSection { get; init; } = 3;

    public RelatedWeights Weights { get; init; } = new();
}
