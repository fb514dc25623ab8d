using NetVips;
using StaticNews.Model;

namespace StaticNews.Generator.Pictures;

/// <summary>
/// The cropped JPEGs of a hero picture, each the largest window of its shape around the focal point (clamped to the
/// picture's edges), then shrunk to its width: a 3:2 card thumbnail, the 16:9, 4:3 and 1:1 pictures Google asks
/// NewsArticle for, and the 1200 × 630 Open Graph picture. Never upscaled: a small original gives smaller crops.
/// </summary>
public static class PictureCropper
{
    /// <summary>Changes whenever the cropping changes, so the store never serves crops made the old way.</summary>
    public const string Version = "2";

    /// <summary>The card crop's shape name; it is published at <see cref="CardWidths"/> as WebP and JPEG, for a <c>srcset</c>.</summary>
    public const string Card = "card";

    /// <summary>A card is at most about 20rem wide in a row of cards and 36rem alone: 800 px covers both at 2x, 480 a phone's row.</summary>
    private static readonly int[] CardWidths = [480, 800];

    public static readonly IReadOnlyList<CropShape> Shapes =
    [
        new(Card, 3, 2, 800),
        new("16x9", 16, 9, 1200),
        new("4x3", 4, 3, 1200),
        new("1x1", 1, 1, 1200),
        new("og", 1200, 630, 1200),
    ];

    /// <summary>Decodes the picture once (upright, sRGB, at most <paramref name="decodeWidth"/> wide) and cuts every shape from it.</summary>
    public static EncodedPicture Crop(byte[] bytes, FocalPoint focus, int decodeWidth)
    {
        using var source = PictureEncoder.Decode(bytes, decodeWidth);
        using var opaque = source.HasAlpha() ? source.Flatten(background: [255, 255, 255]) : source.Copy();
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var derivatives = new List<Derivative>();
        foreach (var shape in Shapes)
        {
            var (left, top, width, height) = Window(opaque.Width, opaque.Height, shape, focus);
            using var area = opaque.ExtractArea(left, top, width, height);
            if (shape.Name != Card)
            {
                using var sized = Shrink(area, shape.Width);
                files[$"{shape.Name}.jpg"] = Jpeg(sized);
                derivatives.Add(new Derivative($"{shape.Name}.jpg", sized.Width, "image/jpeg", sized.Height));
                continue;
            }
            foreach (var cardWidth in PictureEncoder.WidthsFor(width, CardWidths))
            {
                using var sized = Shrink(area, cardWidth);
                files[$"{Card}.{cardWidth}.webp"] = sized.WebpsaveBuffer(q: PictureEncoder.WebpQuality, effort: 4, keep: Enums.ForeignKeep.None);
                files[$"{Card}.{cardWidth}.jpg"] = Jpeg(sized);
                derivatives.Add(new Derivative($"{Card}.{cardWidth}.webp", sized.Width, "image/webp", sized.Height));
                derivatives.Add(new Derivative($"{Card}.{cardWidth}.jpg", sized.Width, "image/jpeg", sized.Height));
            }
        }
        // Every store entry has a copy for the original's path; crops publish none, so theirs stays empty.
        files[PictureFacts.CopyName] = [];
        return new EncodedPicture(new PictureFacts(opaque.Width, opaque.Height, opaque.Width, "", derivatives), files);
    }

    private static Image Shrink(Image area, int width) =>
        width >= area.Width ? area.Copy() : area.Resize((double)width / area.Width);

    private static byte[] Jpeg(Image image) =>
        image.JpegsaveBuffer(q: PictureEncoder.JpegQuality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None);

    /// <summary>The largest window of the shape's ratio that fits, centred on the focus as far as the edges allow.</summary>
    public static (int Left, int Top, int Width, int Height) Window(int width, int height, CropShape shape, FocalPoint focus)
    {
        var ratio = (double)shape.RatioWidth / shape.RatioHeight;
        var (w, h) = (double)width / height > ratio
            ? ((int)Math.Round(height * ratio), height)
            : (width, (int)Math.Round(width / ratio));
        (w, h) = (Math.Clamp(w, 1, width), Math.Clamp(h, 1, height));
        var left = Math.Clamp((int)Math.Round(focus.X * width - w / 2.0), 0, width - w);
        var top = Math.Clamp((int)Math.Round(focus.Y * height - h / 2.0), 0, height - h);
        return (left, top, w, h);
    }
}
