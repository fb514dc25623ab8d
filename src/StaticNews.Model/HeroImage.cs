namespace StaticNews.Model;

/// <summary>The image at the top of an article; <see cref="Url"/> already carries the site's base path.</summary>
public sealed record HeroImage(string Url, string Alt, string? Caption, string? Credit)
{
    /// <summary>The picture's file, relative to the input folder.</summary>
    public string Source { get; init; } = "";

    /// <summary>The published copies of a raster picture; null for SVG, which is published as it is.</summary>
    public Picture? Picture { get; init; }

    /// <summary>The 3:2 crop for story cards, as WebP and JPEG copies; null for SVG.</summary>
    public Picture? CardPicture { get; init; }

    /// <summary>Where crops centre on (<c>image.focus</c>); the picture's centre unless the article says otherwise.</summary>
    public FocalPoint Focus { get; init; } = FocalPoint.Centre;

    /// <summary>The cropped copies of a raster picture (cards, structured data, Open Graph); empty for SVG.</summary>
    public IReadOnlyList<PictureCrop> Crops { get; init; } = [];

    /// <summary>The crop of the given shape, or null when there is none (SVG).</summary>
    public PictureCrop? Crop(string shape) => Crops.FirstOrDefault(crop => crop.Shape == shape);
}
