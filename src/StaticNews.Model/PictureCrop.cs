namespace StaticNews.Model;

/// <summary>One cropped JPEG of a hero picture, for cards, search engines or social sharing; <see cref="Url"/> carries the base path.</summary>
/// <param name="Shape">The crop's shape, e.g. <c>16x9</c>, <c>og</c> (1200 × 630) or <c>card</c> (3:2).</param>
public sealed record PictureCrop(string Shape, string Url, int Width, int Height);
