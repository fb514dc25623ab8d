using System.Text.RegularExpressions;
using StaticNews.Generator.Building;

namespace StaticNews.Import.WordPress;

/// <summary>
/// Copies pictures from a WordPress uploads folder into the input folder's images/, under the same year/month
/// path with file names the build accepts. An identical file already there is left alone; a different one is kept and reported.
/// </summary>
public sealed partial class PictureCopier(string? uploads, TargetFolder target, Action<string> reportKept)
{
    private const string UploadsMarker = "/wp-content/uploads/";
    private readonly Dictionary<string, string?> resolved = new(StringComparer.Ordinal);

    [GeneratedRegex(@"^[A-Za-z0-9_-][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainName();

    public int Copied { get; private set; }

    /// <summary>The input-folder path of a picture, or its absolute old address when it cannot be copied.</summary>
    public string Resolve(Uri baseUrl, string src, Action<string> reportMissing)
    {
        var absolute = Uri.TryCreate(baseUrl, src, out var uri) ? uri : null;
        var path = absolute is null ? "" : Uri.UnescapeDataString(absolute.AbsolutePath);
        var marker = path.IndexOf(UploadsMarker, StringComparison.OrdinalIgnoreCase);
        if (absolute is null || marker < 0) return absolute?.AbsoluteUri ?? src;
        var relative = path[(marker + UploadsMarker.Length)..];
        if (!resolved.TryGetValue(relative, out var local))
        {
            local = Copy(relative);
            resolved[relative] = local;
            if (local is null) reportMissing(relative);
        }
        return local ?? absolute.AbsoluteUri;
    }

    private string? Copy(string relative)
    {
        if (uploads is null || relative.Split('/').Any(part => part is "" or "." or "..")) return null;
        var source = Path.Combine(uploads, relative.Replace('/', Path.DirectorySeparatorChar));
        if (!File.Exists(source)) return null;
        var local = "images/" + string.Join('/', relative.Split('/').Select(SafeName));
        var existing = Path.Combine(target.Root, local);
        if (File.Exists(existing) && !target.Force)
        {
            if (!File.ReadAllBytes(existing).AsSpan().SequenceEqual(File.ReadAllBytes(source))) reportKept(local);
            return local;
        }
        target.Copy(local, source);
        Copied++;
        return local;
    }

    /// <summary>A file or folder name the build and every file system accept: as it is when plain, else slugged.</summary>
    private static string SafeName(string name)
    {
        if (PlainName().IsMatch(name)) return name;
        var extension = Path.GetExtension(name);
        var stem = Slugs.AsciiFromText(Path.GetFileNameWithoutExtension(name));
        if (stem.Length == 0) stem = "picture";
        return stem + (PlainName().IsMatch(extension.TrimStart('.')) ? extension.ToLowerInvariant() : "");
    }
}
