namespace StaticNews.Preview.Benchmarks;

/// <summary>A copy of a content folder the benchmark may edit, and the article it edits.</summary>
public sealed record SiteCopy(string Input, string ArticleFile)
{
    /// <summary>The edited article's slug: its file name (the benchmark's articles set no <c>slug:</c>).</summary>
    public string Slug => "/" + Path.GetFileNameWithoutExtension(ArticleFile) + "/";

    /// <summary>Copies <paramref name="source"/> and picks its first article in ordinal order.</summary>
    public static SiteCopy Of(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        var article = Directory.EnumerateFiles(target, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        return new SiteCopy(target, article);
    }
}
