using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using StaticNews.Model;

namespace StaticNews.Generator.Pictures;

/// <summary>
/// Gives the raster pictures of a rendered body (Markdown images, gallery pictures, video posters, story cards) what a
/// hero has: a <c>&lt;picture&gt;</c> with WebP and JPEG <c>srcset</c>, <c>sizes</c> for where the theme shows it,
/// <c>width</c> and <c>height</c>, lazy loading and the dominant colour behind it. The body is rendered before pictures
/// are encoded (and kept in the article cache), so this runs on its HTML once the pictures are known. Only tags of the
/// shape the renderers write (every attribute double-quoted) are changed; anything else is left as it is.
/// </summary>
public static partial class BodyPictures
{
    /// <summary>The story column: 42rem wide, or the screen less the page's padding (as the hero's).</summary>
    public const string StoryWidth = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

    /// <summary>A gallery item: 85 % of the story column.</summary>
    public const string GalleryWidth = "(min-width: 44rem) 36rem, 85vw";

    /// <summary>A story card's thumbnail column.</summary>
    public const string CardWidth = "8rem";

    /// <summary>Attributes this rewrite sets itself; the tag's own values of them are dropped.</summary>
    private static readonly HashSet<string> Replaced = new(StringComparer.OrdinalIgnoreCase)
    {
        "src", "srcset", "sizes", "width", "height", "loading", "decoding", "fetchpriority", "style",
    };

    /// <param name="basePath">The site's base path, which starts every picture address in the body.</param>
    /// <param name="pictureAt">The published picture of a path relative to the input folder, or null (SVG, another site).</param>
    public static string Rewrite(string html, string basePath, Func<string, Picture?> pictureAt)
    {
        if (!html.Contains("<img ", StringComparison.Ordinal)) return html;
        return ImageTag().Replace(html, tag => Rewritten(tag, basePath, pictureAt) ?? tag.Value);
    }

    private static string? Rewritten(Match tag, string basePath, Func<string, Picture?> pictureAt)
    {
        var attributes = Attribute().Matches(tag.Groups["attributes"].Value)
            .Select(a => (Name: a.Groups["name"].Value, Value: a.Groups["value"].Value))
            .ToList();
        var src = attributes.FirstOrDefault(a => a.Name.Equals("src", StringComparison.OrdinalIgnoreCase)).Value;
        if (src is null) return null;
        var address = Uri.UnescapeDataString(WebUtility.HtmlDecode(src));
        if (!address.StartsWith(basePath, StringComparison.Ordinal) || pictureAt(address[basePath.Length..]) is not { } picture) return null;

        var classes = attributes.FirstOrDefault(a => a.Name.Equals("class", StringComparison.OrdinalIgnoreCase)).Value ?? "";
        var sizes = classes.Contains("story-card__picture", StringComparison.Ordinal) ? CardWidth
            : classes.Contains("gallery__picture", StringComparison.Ordinal) ? GalleryWidth
            : StoryWidth;
        var style = attributes.FirstOrDefault(a => a.Name.Equals("style", StringComparison.OrdinalIgnoreCase)).Value;

        var result = new StringBuilder("<picture>");
        foreach (var source in picture.Sources)
            result.Append($"<source type=\"{Encode(source.Type)}\" srcset=\"{Encode(source.SrcSet)}\" sizes=\"{sizes}\">");
        result.Append($"<img src=\"{Encode(picture.Src)}\" srcset=\"{Encode(picture.SrcSet)}\" sizes=\"{sizes}\" width=\"{picture.Width}\" height=\"{picture.Height}\"");
        foreach (var (name, value) in attributes.Where(a => !Replaced.Contains(a.Name)))
            result.Append($" {name}=\"{value}\"");
        result.Append($" loading=\"lazy\" decoding=\"async\" style=\"background-color:{Encode(picture.Colour)}{(style is null ? "" : ";" + style)}\"></picture>");
        return result.ToString();
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);

    [GeneratedRegex("""<img(?<attributes>(?:\s+[a-zA-Z][a-zA-Z0-9-]*="[^"<>]*")*)\s*/?>""", RegexOptions.NonBacktracking)]
    private static partial Regex ImageTag();

    [GeneratedRegex(@"\s+(?<name>[a-zA-Z][a-zA-Z0-9-]*)=""(?<value>[^""<>]*)""", RegexOptions.NonBacktracking)]
    private static partial Regex Attribute();
}
