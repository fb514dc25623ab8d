namespace StaticNews.Model;

/// <summary>
/// A raster picture as published: resized copies in a modern format and a JPEG fallback, all without metadata.
/// URLs already carry the site's base path; templates write them as they are.
/// </summary>
/// <param name="Width">Width of the largest copy, in pixels, upright; with <paramref name="Height"/> it gives the aspect ratio.</param>
/// <param name="Colour">The picture's dominant colour as <c>#rrggbb</c>, shown while it loads.</param>
/// <param name="Src">The JPEG for browsers that ignore <c>srcset</c>.</param>
/// <param name="SrcSet">Every JPEG copy as a <c>srcset</c> value (<c>url 480w, …</c>).</param>
/// <param name="Sources">The modern formats, best first, each a <c>&lt;source&gt;</c>.</param>
public sealed record Picture(int Width, int Height, string Colour, string Src, string SrcSet, IReadOnlyList<PictureSource> Sources);
