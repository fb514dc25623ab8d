using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests;

/// <summary>A writable copy of the fixture newsroom, for tests that plant one odd file in an otherwise good site.</summary>
public sealed class ScratchSite : IDisposable
{
    private readonly TempFolder temp = new();

    public ScratchSite()
    {
        Input = temp.CopyFrom(RepositoryPaths.Fixture("valid", "newsroom", "input"), "input");
        Site = new FixtureSite(Input);
    }

    public string Input { get; }
    public FixtureSite Site { get; }

    /// <summary>A folder beside the input, outside it.</summary>
    public string Outside => Directory.CreateDirectory(temp.Combine("outside")).FullName;

    public string InputPath(string relative) => Path.Combine(Input, relative);

    public string Write(string relative, string text) => WriteBytes(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = InputPath(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A short valid article with the given extra front matter lines and body.</summary>
    public static string Article(string body, string frontMatter = "") =>
        $"---\ntitle: \"Quay lights restored\"\ndate: 2026-03-20T08:00:00Z\nsection: world\nauthors: [ana-lima]\n{frontMatter}---\n\n{body}\n";

    public void Dispose()
    {
        Site.Dispose();
        temp.Dispose();
    }
}
