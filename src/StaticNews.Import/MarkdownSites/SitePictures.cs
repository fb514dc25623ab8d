using System.Text.RegularExpressions;
using StaticNews.Generator.Building;
using StaticNews.Generator.Diagnostics;

namespace StaticNews.Import.MarkdownSites;

/// <summary>
/// Pictures of a Hugo or Jekyll post: a root-relative path is looked up in the static folder, a relative one beside
/// the post (Hugo page bundles); found files are copied under images/, addresses on the web are kept, missing ones reported.
/// </summary>
public sealed partial class SitePictures(string root, string staticFolder, TargetFolder target)
{
    private readonly Dictionary<string, string> copied = new(StringComparer.Ordinal);

    [GeneratedRegex(@"!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(\s+""[^""]*"")?\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownImage();

    [GeneratedRegex(@"^[A-Za-z0-9_-][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainName();

    public int Copied => copied.Count;

    public string RewriteBody(SourcePost post, string body, Action<string, string> report) =>
        MarkdownImage().Replace(body, match => Resolve(post, match.Groups[2].Value, report) is { } src
            ? $"![{match.Groups[1].Value}]({src})"
            : match.Groups[1].Value);

    /// <summary>The path to write for a picture, or null (reported) when its file is not in the site.</summary>
    public string? Resolve(SourcePost post, string path, Action<string, string> report)
    {
        if (path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) return path;
        var clean = Uri.UnescapeDataString(path.Split('?', '#')[0]);
        var source = clean.StartsWith('/')
            ? Path.Combine(staticFolder, clean.TrimStart('/'))
            : Path.Combine(Path.GetDirectoryName(post.FullPath)!, clean);
        var full = Path.GetFullPath(source);
        if (!full.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal) || !File.Exists(full))
        {
            report(Codes.ImportMissingUpload, $"the picture '{path}' is not in the site folder; it was left out (its alt text is kept).");
            return null;
        }
        if (copied.TryGetValue(full, out var local)) return local;
        var relative = Path.GetRelativePath(clean.StartsWith('/') ? staticFolder : root, full).Replace('\\', '/');
        if (relative.StartsWith("images/", StringComparison.Ordinal)) relative = relative["images/".Length..];
        local = "images/" + string.Join('/', relative.Split('/').Select(SafeName));
        if (!File.Exists(Path.Combine(target.Root, local)) || target.Force) target.Copy(local, full);
        copied[full] = local;
        return local;
    }

    private static string SafeName(string name)
    {
        if (PlainName().IsMatch(name)) return name;
        var stem = Slugs.AsciiFromText(Path.GetFileNameWithoutExtension(name));
        return (stem.Length == 0 ? "picture" : stem) + Path.GetExtension(name).ToLowerInvariant();
    }
}
