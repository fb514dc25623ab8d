namespace StaticNews.Model;

/// <summary>How raster pictures are published (<c>site.yml</c>: <c>image_widths</c>, <c>image_max_pixels</c>).</summary>
public sealed record PictureSettings
{
    /// <summary>The widths, ascending, a picture is published at; never wider than the original.</summary>
    public IReadOnlyList<int> Widths { get; init; } = [480, 800, 1200, 1600, 2400];

    /// <summary>Pictures with more pixels than this are refused: a small file can decode to gigabytes (a decompression bomb).</summary>
    public long MaxPixels { get; init; } = 100_000_000;
}
