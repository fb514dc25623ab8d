using StaticNews.Generator.Building;
using StaticNews.Generator.Diagnostics;

namespace StaticNews.Generator.Writing;

/// <summary>Refuses output folders whose replacement would destroy sources or the build's own state.</summary>
public static class OutputGuard
{
    private static readonly string[] SourceMarkers = [".git", "*.sln", "*.slnx", "*.csproj", "*.razor", "site.yml"];

    /// <summary>The folder beside an output that holds its manifest, article cache and lock.</summary>
    public const string StateFolderName = ".staticnews";

    /// <summary>
    /// The output may not be a root, the working folder or one of its parents, nor the input folder,
    /// a parent of it or a folder inside it, nor a folder holding sources (repository, project, theme, content),
    /// nor a folder of build state. Paths are compared with every link followed and without regard to case, so
    /// neither a link nor a case-insensitive file system can make two names of one folder look different.
    /// </summary>
    public static bool IsSafe(string output, IEnumerable<string> sourceFolders, DiagnosticBag diagnostics)
    {
        var target = Normalize(output);
        if (IsBuildState(target))
        {
            diagnostics.Error(Codes.OutputHoldsBuildState, output, 0, 0,
                $"refusing to write the site here: the folder holds the build's own state ({StateFolderName}, staging or undo folders), which would be published or destroyed. Choose a separate folder such as ./output.");
            return false;
        }
        var workingFolder = Normalize(Environment.CurrentDirectory);
        var sources = sourceFolders.Select(Normalize).ToList();
        var isRoot = string.Equals(target, Path.TrimEndingDirectorySeparator(Path.GetPathRoot(target) ?? ""), StringComparison.OrdinalIgnoreCase);
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

    /// <summary><c>.staticnews</c> or a folder in it, a staging, aside or undo folder of some output, or a folder that holds another output's state.</summary>
    private static bool IsBuildState(string folder) =>
        folder.Split(Path.DirectorySeparatorChar).Any(part =>
            part.Equals(StateFolderName, StringComparison.OrdinalIgnoreCase)
            || (part.StartsWith('.') && part.Contains(".staticnews-", StringComparison.OrdinalIgnoreCase)))
        || Directory.Exists(Path.Combine(folder, StateFolderName));

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(InputPaths.RealPath(path));

    private static bool IsSameOrAncestor(string ancestor, string path) =>
        path.Equals(ancestor, StringComparison.OrdinalIgnoreCase)
        || path.StartsWith(Path.TrimEndingDirectorySeparator(ancestor) + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase);
}
