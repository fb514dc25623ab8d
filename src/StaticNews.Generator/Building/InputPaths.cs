namespace StaticNews.Generator.Building;

/// <summary>Checks for paths that content gives relative to the input folder.</summary>
public static class InputPaths
{
    private static readonly char[] Forbidden = ['\\', ':', '*', '?', '"', '<', '>', '|', '\0'];

    /// <summary>True for a plain relative path that stays inside its folder: no "..", no backslash, not rooted.</summary>
    public static bool IsSafeRelative(string path) =>
        path.Length > 0
        && !path.StartsWith('/')
        && path.IndexOfAny(Forbidden) < 0
        && path.Split('/').All(part => part.Length > 0 && part != "." && part != "..");

    /// <summary>True when the file exists and, after following links, is still inside the input folder.</summary>
    public static bool Exists(Loading.InputFolder input, string relativePath)
    {
        if (!IsSafeRelative(relativePath)) return false;
        var file = new FileInfo(input.Combine(relativePath));
        if (!file.Exists) return false;
        var target = file.LinkTarget is null ? file.FullName : file.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        var root = input.FullPath.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return target is not null && target.StartsWith(root, StringComparison.Ordinal);
    }
}
