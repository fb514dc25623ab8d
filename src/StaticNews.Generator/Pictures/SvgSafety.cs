using System.Xml;
using StaticNews.Generator.Diagnostics;

namespace StaticNews.Generator.Pictures;

/// <summary>
/// Refuses SVG that could act: an SVG opened directly runs on the site's origin, so a script, an event handler, a
/// foreignObject (HTML inside) or a reference to another file or site would be the site's own code. SVG is published
/// as it is, so anything of that kind is an error rather than silently changed.
/// </summary>
public static class SvgSafety
{
    private static readonly string[] SafeDataPrefixes = ["data:image/png", "data:image/jpeg", "data:image/webp", "data:image/gif"];

    public static PictureProblem? Check(Stream svg, string relativePath)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(svg, settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "script" or "foreignObject")
                    return Refuse(relativePath, $"a <{reader.LocalName}> element (line {LineOf(reader)})");
                if (reader.NodeType == XmlNodeType.Text && reader.Value.Contains("@import", StringComparison.OrdinalIgnoreCase))
                    return Refuse(relativePath, $"a style sheet import (line {LineOf(reader)})");
                if (reader.NodeType != XmlNodeType.Element || !reader.MoveToFirstAttribute()) continue;
                do
                {
                    if (UnsafeAttribute(reader.LocalName, reader.Value) is { } what)
                        return Refuse(relativePath, $"{what} (line {LineOf(reader)})");
                }
                while (reader.MoveToNextAttribute());
            }
        }
        catch (XmlException ex)
        {
            return new PictureProblem(Codes.PictureUnreadable,
                $"picture '{relativePath}' is not well-formed SVG ({ex.Message}). Export it again from the drawing program.");
        }
        return null;
    }

    private static string? UnsafeAttribute(string name, string value)
    {
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) return $"an event handler ({name}=)";
        var trimmed = value.Trim();
        if (name == "href" && !trimmed.StartsWith('#') && !SafeDataPrefixes.Any(p => trimmed.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            return $"a reference to another file or site (href=\"{Shorten(trimmed)}\")";
        if (trimmed.Contains("javascript:", StringComparison.OrdinalIgnoreCase)) return $"a javascript: address ({name}=)";
        if (trimmed.Contains("url(", StringComparison.OrdinalIgnoreCase) && !trimmed.Replace(" ", "", StringComparison.Ordinal).Contains("url(#", StringComparison.OrdinalIgnoreCase))
            return $"a reference to another file or site ({name}=\"{Shorten(trimmed)}\")";
        return null;
    }

    private static PictureProblem Refuse(string relativePath, string what) =>
        new(Codes.UnsafeSvg,
            $"SVG '{relativePath}' contains {what}, which would run on the site when the file is opened. Remove it (or export the drawing again as plain SVG) and keep only shapes, text and pictures embedded in the file.");

    private static int LineOf(XmlReader reader) => reader is IXmlLineInfo info ? info.LineNumber : 0;

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "…";
}
