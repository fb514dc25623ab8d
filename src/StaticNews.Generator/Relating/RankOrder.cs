using System.Runtime.CompilerServices;

namespace StaticNews.Generator.Relating;

/// <summary>Best first: higher score, then newer, then slug in ordinal order, so equal scores always come out the same way.</summary>
internal static class RankOrder
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Compare(FeatureIndex index, in ScoredCandidate x, in ScoredCandidate y)
    {
        var byScore = y.Score.CompareTo(x.Score);
        if (byScore != 0) return byScore;
        var (a, b) = (index.Articles[x.Id], index.Articles[y.Id]);
        var byDate = b.PublishedAt.CompareTo(a.PublishedAt);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Slug, b.Slug);
    }
}
