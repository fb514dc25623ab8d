namespace StaticNews.Generator.Building;

/// <summary>Checks for paths that content gives relative to the input folder.</summary>
public static class InputPaths
{
    private const int MaxLinkHops = 40;
    private static readonly char[] Forbidden = ['\\', ':', '*', '?', '"', '<', '>', '|', '\0'];

    /// <summary>True for a plain relative path that stays inside its folder: no "..", no backslash, not rooted.</summary>
    public static bool IsSafeRelative(string path) =>
        path.Length > 0
        && !path.StartsWith('/')
        && path.IndexOfAny(Forbidden) < 0
        && path.Split('/').All(part => part.Length > 0 && part != "." && part != "..");

    /// <summary>True when the file exists and, after following links, is still inside the input folder.</summary>
    public static bool Exists(Loading.InputFolder input, string relativePath) =>
        IsSafeRelative(relativePath) && File.Exists(input.Combine(relativePath)) && !LeavesInput(input, relativePath);

    /// <summary>True when the file exists but the path, or a folder on its way, is a link that ends outside the input folder.</summary>
    public static bool LeavesInput(Loading.InputFolder input, string relativePath)
    {
        var full = input.Combine(relativePath);
        return File.Exists(full) && !IsInside(input, full);
    }

    /// <summary>True when <paramref name="fullPath"/>, with every link along it followed, is inside the input folder (itself resolved).</summary>
    public static bool IsInside(Loading.InputFolder input, string fullPath)
    {
        var root = Path.TrimEndingDirectorySeparator(RealPath(input.FullPath)) + Path.DirectorySeparatorChar;
        return RealPath(fullPath).StartsWith(root, StringComparison.Ordinal);
    }

    /// <summary>The path with every link along it followed; the part that does not exist yet is kept as written.</summary>
    public static string RealPath(string path) => RealPath(Path.GetFullPath(path), 0);

    /// <summary>The path with every link along it followed (links to links included, up to a bound against cycles).</summary>
    private static string RealPath(string path, int depth)
    {
        var parent = Path.GetDirectoryName(path);
        var here = parent is null ? path : Path.Combine(RealPath(parent, depth), Path.GetFileName(path));
        var info = new FileInfo(here);
        if (info.LinkTarget is null || depth > MaxLinkHops) return here;
        var target = Path.GetFullPath(info.LinkTarget, Path.GetDirectoryName(here) ?? here);
        return RealPath(target, depth + 1);
    }
}
