using System.Runtime.CompilerServices;

namespace StaticNews.Generator.Relating;

/// <summary>Best first: higher score, then newer, then slug in ordinal order, so equal scores always come out the same way.</summary>
/// <remarks>A struct, so <c>Span.Sort</c> calls it directly: a total order, so any sort gives the same result.</remarks>
internal readonly struct RankOrder(FeatureIndex index) : IComparer<ScoredCandidate>
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Compare(ScoredCandidate x, ScoredCandidate y)
    {
        var byScore = y.Score.CompareTo(x.Score);
        return byScore != 0 ? byScore : new NewestFirst(index).Compare(x.Id, y.Id);
    }
}
