namespace StaticNews.Theme;

/// <summary>The theme's static files (CSS, scripts, fonts), embedded in this assembly under "assets/".</summary>
public static class ThemeAssets
{
    private const string Prefix = "assets/";

    /// <summary>Output path ("assets/css/site.css") → resource name (which uses the build machine's separators).</summary>
    private static readonly SortedDictionary<string, string> Resources = new(
        typeof(ThemeAssets).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(name => name.Replace('\\', '/'), name => name),
        StringComparer.Ordinal);

    /// <summary>Each asset's path below the output folder, e.g. "assets/css/site.css", in ordinal order.</summary>
    public static IReadOnlyCollection<string> Paths => Resources.Keys;

    public static Stream Open(string path) =>
        (Resources.TryGetValue(path, out var name) ? typeof(ThemeAssets).Assembly.GetManifestResourceStream(name) : null)
        ?? throw new FileNotFoundException($"The theme has no asset '{path}'.", path);
}
