namespace StaticNews.Generator.Loading;

/// <summary>The content folder, and how to name its files in messages (relative to the working folder when inside it).</summary>
public sealed record InputFolder(string FullPath, string DisplayRoot)
{
    public static InputFolder From(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        var display = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return new InputFolder(full, display.Replace('\\', '/'));
    }

    /// <summary>The user-facing path of a file given relative to the input folder.</summary>
    public string Display(string relativePath) =>
        DisplayRoot == "." ? relativePath : $"{DisplayRoot.TrimEnd('/')}/{relativePath}";

    public string Combine(string relativePath) => Path.Combine(FullPath, relativePath);

    /// <summary>The path of <paramref name="fullPath"/> relative to this folder, with forward slashes.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(FullPath, fullPath).Replace('\\', '/');
}
