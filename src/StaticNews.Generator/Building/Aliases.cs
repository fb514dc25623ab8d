using System.Text.RegularExpressions;

namespace StaticNews.Generator.Building;

/// <summary>Old addresses of an article, as written under <c>aliases:</c>, and the redirect files they become.</summary>
public static partial class Aliases
{
    [GeneratedRegex("^[A-Za-z0-9_~-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Folder();

    [GeneratedRegex(@"^[A-Za-z0-9_~-][A-Za-z0-9._~-]*\.html$", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlFile();

    /// <summary>
    /// "/world/old-slug" → "world/old-slug/"; "2025/story.html" stays; ".../index.html" becomes its folder. Null when it
    /// is not a plain path on this site; dots only in a final .html name, so no alias can shadow feed.xml or robots.txt.
    /// </summary>
    public static string? Normalize(string? written)
    {
        var path = written?.Trim().TrimStart('/') ?? "";
        if (path.EndsWith("/index.html", StringComparison.OrdinalIgnoreCase)) path = path[..^"index.html".Length];
        if (path.Length == 0 || path.Contains("//", StringComparison.Ordinal)) return null;
        var segments = path.TrimEnd('/').Split('/');
        var last = segments[^1];
        if (!segments[..^1].All(Folder().IsMatch) || !(Folder().IsMatch(last) || HtmlFile().IsMatch(last))) return null;
        var joined = string.Join('/', segments);
        return HtmlFile().IsMatch(last) ? joined : joined + "/";
    }

    /// <summary>The file that serves <paramref name="alias"/>: "world/old-slug/index.html" or the .html file itself.</summary>
    public static string FileOf(string alias) => alias.EndsWith('/') ? UrlPaths.FileOf(alias) : alias;
}
