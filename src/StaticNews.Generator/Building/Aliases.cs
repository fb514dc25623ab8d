using System.Text.RegularExpressions;

namespace StaticNews.Generator.Building;

/// <summary>Old addresses of an article, as written under <c>aliases:</c>, and the redirect files they become.</summary>
public static partial class Aliases
{
    [GeneratedRegex("^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Segment();

    /// <summary>"/world/old-slug" → "world/old-slug/"; "2025/story.html" stays; null when it is not a plain path on this site.</summary>
    public static string? Normalize(string? written)
    {
        var path = written?.Trim().TrimStart('/') ?? "";
        if (path.Length == 0 || path.Contains("//", StringComparison.Ordinal)) return null;
        var segments = path.TrimEnd('/').Split('/');
        if (!segments.All(s => Segment().IsMatch(s) && s != "." && s != "..")) return null;
        var joined = string.Join('/', segments);
        return joined.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? joined : joined + "/";
    }

    /// <summary>The file that serves <paramref name="alias"/>: "world/old-slug/index.html" or the .html file itself.</summary>
    public static string FileOf(string alias) => alias.EndsWith('/') ? UrlPaths.FileOf(alias) : alias;
}
