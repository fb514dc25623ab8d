using StaticNews.Generator.Diagnostics;

namespace StaticNews.Generator.Writing;

/// <summary>Refuses output folders whose replacement would destroy sources.</summary>
public static class OutputGuard
{
    private static readonly string[] SourceMarkers = [".git", "*.sln", "*.slnx", "*.csproj", "*.razor", "site.yml"];

    /// <summary>
    /// The output may not be a root, the working folder or one of its parents, nor the input folder,
    /// a parent of it or a folder inside it, nor a folder holding sources (repository, project, theme, content).
    /// </summary>
    public static bool IsSafe(string output, IEnumerable<string> sourceFolders, DiagnosticBag diagnostics)
    {
        var target = Normalize(output);
        var workingFolder = Normalize(Environment.CurrentDirectory);
        var sources = sourceFolders.Select(Normalize).ToList();
        var isRoot = target == Path.TrimEndingDirectorySeparator(Path.GetPathRoot(target) ?? "");
        var destroysSomething = isRoot
            || IsSameOrAncestor(target, workingFolder)
            || sources.Any(source => IsSameOrAncestor(target, source) || IsSameOrAncestor(source, target))
            || HoldsSources(target);
        if (!destroysSomething) return true;
        diagnostics.Error(Codes.UnsafeOutputFolder, output, 0, 0,
            "refusing to write the site here: it would replace the content, the theme, the working folder or one of their parents. Choose a separate folder such as ./output.");
        return false;
    }

    /// <summary>
    /// True for a folder no build could have written: a repository or project root, a content folder or a theme
    /// (the theme ships inside the tool, so its source folder is recognised by what it holds).
    /// </summary>
    private static bool HoldsSources(string folder) =>
        Directory.Exists(folder) && SourceMarkers.Any(marker => Directory.EnumerateFileSystemEntries(folder, marker).Any());

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsSameOrAncestor(string ancestor, string path) =>
        path == ancestor || path.StartsWith(Path.TrimEndingDirectorySeparator(ancestor) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
