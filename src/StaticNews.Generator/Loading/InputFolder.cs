using System.IO.Enumeration;
using StaticNews.Generator.Diagnostics;

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
    /// Links to folders are not entered (they could loop forever or reach files outside the input) but listed, so
    /// that their reader refuses them by name. With
    /// <paramref name="diagnostics"/>, a folder the build may not list is reported instead of silently skipped, and
    /// a folder named like a match (a folder <c>x.md</c>) is listed too, so that its reader refuses it by name.
    /// </summary>
    public IReadOnlyList<string> Files(string pattern, DiagnosticBag? diagnostics = null)
    {
        var files = new FileSystemEnumerable<string>(FullPath, (ref entry) => entry.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true })
        {
            ShouldIncludePredicate = (ref entry) => (!entry.IsDirectory || IsLink(entry.Attributes) || diagnostics is not null) && FileSystemName.MatchesSimpleExpression(pattern, entry.FileName),
            ShouldRecursePredicate = (ref entry) => !IsLink(entry.Attributes) && MayList(entry.ToFullPath(), diagnostics),
        };
        return files.Select(Relative).Order(StringComparer.Ordinal).ToList();
    }

    private static bool IsLink(FileAttributes attributes) => (attributes & FileAttributes.ReparsePoint) != 0;

    private bool MayList(string folder, DiagnosticBag? diagnostics)
    {
        if (InputReadPolicy.CheckFolder(folder) is not { } refusal) return true;
        if (diagnostics is not null) refusal.Report(diagnostics, Display(Relative(folder)));
        return false;
    }

    /// <summary>The path of <paramref name="fullPath"/> relative to this folder, with forward slashes.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(FullPath, fullPath).Replace('\\', '/');
}
