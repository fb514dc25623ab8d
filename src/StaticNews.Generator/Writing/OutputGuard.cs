using StaticNews.Generator.Diagnostics;

namespace StaticNews.Generator.Writing;

/// <summary>Refuses output folders whose replacement would destroy sources.</summary>
public static class OutputGuard
{
    /// <summary>
    /// The output may not be a root, the working folder or one of its parents, nor the input folder,
    /// a parent of it or a folder inside it.
    /// </summary>
    public static bool IsSafe(string output, IEnumerable<string> sourceFolders, DiagnosticBag diagnostics)
    {
        var target = Normalize(output);
        var workingFolder = Normalize(Environment.CurrentDirectory);
        var sources = sourceFolders.Select(Normalize).ToList();
        var isRoot = target == Path.TrimEndingDirectorySeparator(Path.GetPathRoot(target) ?? "");
        var destroysSomething = isRoot
            || IsSameOrAncestor(target, workingFolder)
            || sources.Any(source => IsSameOrAncestor(target, source) || IsSameOrAncestor(source, target));
        if (!destroysSomething) return true;
        diagnostics.Error(Codes.UnsafeOutputFolder, output, 0, 0,
            "refusing to write the site here: it would replace the content, the theme, the working folder or one of their parents. Choose a separate folder such as ./output.");
        return false;
    }

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsSameOrAncestor(string ancestor, string path) =>
        path == ancestor || path.StartsWith(Path.TrimEndingDirectorySeparator(ancestor) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
