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

    /// <summary>
    /// A newer story counts as a follow-up when what it says and the names it gives (the text and names signals, weighted)
    /// times its Latest recency (<see cref="LatestHalfLifeDays"/>) reach this.
    /// </summary>
    public double LatestMinSimilarity { get; init; } = 0.25;

    /// <summary>For "Latest on this story", a follow-up this many days later counts half: a story's developments come close together.</summary>
    public double LatestHalfLifeDays { get; init; } = 30;

    /// <summary>Cards one section may fill in Explore before close-scoring stories of other sections go first.</summary>
    public int MaxPerSection { get; init; } = 3;

    public RelatedWeights Weights { get; init; } = new();
}
