namespace StaticNews.Preview.Watching;

/// <summary>Sorts changed paths into what they require; ignores editors' temp files and the theme's build folders.</summary>
public sealed class ChangeClassifier(string inputDirectory, string? themeDirectory)
{
    private static readonly HashSet<string> ThemeCodeExtensions = new(StringComparer.OrdinalIgnoreCase) { ".razor", ".cs", ".csproj", ".props", ".targets" };
    private static readonly string[] IgnoredFolders = ["bin", "obj", "node_modules"];

    private readonly string input = Folder(inputDirectory);
    private readonly string? theme = themeDirectory is null ? null : Folder(themeDirectory);

    public ChangeKind Classify(IEnumerable<string> paths)
    {
        var kind = ChangeKind.None;
        foreach (var path in paths.Select(Path.GetFullPath))
        {
            if (theme is not null && path + Path.DirectorySeparatorChar == theme) return ChangeKind.ThemeCode;
            if (theme is not null && IsInside(path, theme))
            {
                var relative = Path.GetRelativePath(theme, path);
                var parts = relative.Split(Path.DirectorySeparatorChar);
                if (parts.Any(IsEditorNoise) || IgnoredFolders.Contains(parts[0], StringComparer.Ordinal)) continue;
                if (ThemeCodeExtensions.Contains(Path.GetExtension(path))) return ChangeKind.ThemeCode;
                kind = ChangeKind.Site;
            }
            else if (IsInside(path, input) || Path.TrimEndingDirectorySeparator(path) == Path.TrimEndingDirectorySeparator(input))
            {
                if (Path.GetRelativePath(input, path).Split(Path.DirectorySeparatorChar).Any(IsEditorNoise)) continue;
                kind = ChangeKind.Site;
            }
        }
        return kind;
    }

    /// <summary>Hidden files, swap and backup files: editors write them around every save.</summary>
    private static bool IsEditorNoise(string name) =>
        name.StartsWith('.') || name.EndsWith('~') || name.StartsWith('#') ||
        name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase);

    private static string Folder(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)) + Path.DirectorySeparatorChar;

    private static bool IsInside(string path, string folder) => path.StartsWith(folder, StringComparison.Ordinal);
}
