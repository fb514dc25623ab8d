namespace StaticNews.Model;

/// <summary>The image at the top of an article; <see cref="Url"/> already carries the site's base path.</summary>
public sealed record HeroImage(string Url, string Alt, string? Caption, string? Credit)
{
    /// <summary>The picture's file, relative to the input folder.</summary>
    public string Source { get; init; } = "";

    /// <summary>The published copies of a raster picture; null for SVG, which is published as it is.</summary>
    public Picture? Picture { get; init; }
}
