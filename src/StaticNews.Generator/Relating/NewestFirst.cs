using System.Runtime.CompilerServices;

namespace StaticNews.Generator.Relating;

/// <summary>Article ids newest first, then by slug in ordinal order: a total order, as slugs are unique.</summary>
internal readonly struct NewestFirst(FeatureIndex index) : IComparer<int>
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Compare(int x, int y)
    {
        var (a, b) = (index.Articles[x], index.Articles[y]);
        var byDate = b.PublishedAt.CompareTo(a.PublishedAt);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Slug, b.Slug);
    }
}
