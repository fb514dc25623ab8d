using Microsoft.AspNetCore.StaticFiles;

namespace StaticNews.Preview.Serving;

/// <summary>The Content-Type of a site file, from its extension; text is always UTF-8 (the generator writes nothing else).</summary>
public static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Provider = new();
    private static readonly HashSet<string> TextLike = new(StringComparer.Ordinal)
    {
        "application/javascript", "text/javascript", "application/json", "application/xml", "application/rss+xml",
        "application/atom+xml", "image/svg+xml",
    };

    public static string For(string path)
    {
        if (!Provider.TryGetContentType(path, out var type)) return "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || TextLike.Contains(type) ? type + "; charset=utf-8" : type;
    }
}
