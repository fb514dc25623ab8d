using System.IO.Enumeration;

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

    /// <summary>
    /// Every file below the folder whose name matches <paramref name="pattern"/>, relative and in ordinal order.
    /// Links to folders are not entered: they could loop forever or reach files outside the input.
    /// </summary>
    public IReadOnlyList<string> Files(string pattern)
    {
        var files = new FileSystemEnumerable<string>(FullPath, (ref entry) => entry.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true })
        {
            ShouldIncludePredicate = (ref entry) => !entry.IsDirectory && FileSystemName.MatchesSimpleExpression(pattern, entry.FileName),
            ShouldRecursePredicate = (ref entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        return files.Select(Relative).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The path of <paramref name="fullPath"/> relative to this folder, with forward slashes.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(FullPath, fullPath).Replace('\\', '/');
}
