namespace StaticNews.Generator.Relating;

/// <summary>Best first: higher score, then newer, then slug in ordinal order, so equal scores always come out the same way.</summary>
internal sealed class RankOrder : IComparer<RelatedCandidate>
{
    public static RankOrder Instance { get; } = new();

    public int Compare(RelatedCandidate? x, RelatedCandidate? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return 1;
        if (y is null) return -1;
        var byScore = y.Score.CompareTo(x.Score);
        if (byScore != 0) return byScore;
        var byDate = y.Article.PublishedAt.CompareTo(x.Article.PublishedAt);
        return byDate != 0 ? byDate : string.CompareOrdinal(x.Article.Slug, y.Article.Slug);
    }
}
