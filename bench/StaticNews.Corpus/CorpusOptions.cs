namespace StaticNews.Corpus;

/// <summary>What to generate. The same options always give the same corpus, byte for byte.</summary>
public sealed record CorpusOptions
{
    public int Articles { get; init; } = 1000;
    public int Seed { get; init; } = 1;

    /// <summary>Share of articles that belong to a planted story group; the rest stand alone.</summary>
    public double StoryShare { get; init; } = 0.7;

    public int MinStorySize { get; init; } = 6;
    public int MaxStorySize { get; init; } = 14;

    /// <summary>Sets the archive's time span: articles / this many days.</summary>
    public int ArticlesPerDay { get; init; } = 30;

    public DateTimeOffset Start { get; init; } = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
