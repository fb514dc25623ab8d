using StaticNews.Generator;
using StaticNews.Generator.Diagnostics;
using StaticNews.TestSupport;

namespace StaticNews.Import.Tests;

/// <summary>An import into a fresh folder, and the site StaticNews builds from it.</summary>
public sealed class ImportedFolder : IDisposable
{
    /// <summary>The build clock: after every dated post of the fixtures, before the scheduled one (2030).</summary>
    public static readonly DateTimeOffset Now = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly TempFolder temp = new();

    public string Input => temp.Combine("input");
    public string Output => temp.Combine("output");

    public ImportRequest Request(string source) => new() { Source = source, InputDirectory = Input };

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Input, relativePath)).Replace("\r\n", "\n");

    public bool Exists(string relativePath) => File.Exists(Path.Combine(Input, relativePath));

    public async Task<IReadOnlyList<Diagnostic>> BuildAsync()
    {
        var result = await new SiteGenerator(workers: 1).BuildAsync(new BuildOptions
        {
            InputDirectory = Input,
            OutputDirectory = Output,
            Now = Now,
            UseCache = false,
        });
        return result.Diagnostics;
    }

    public string Page(string urlPath) => File.ReadAllText(Path.Combine(Output, urlPath, "index.html"));

    /// <summary>Every file under the input folder with its bytes, to compare two imports.</summary>
    public IReadOnlyDictionary<string, string> Snapshot() =>
        Directory.Exists(Input)
            ? Directory.EnumerateFiles(Input, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(Input, f).Replace('\\', '/'), f => Convert.ToBase64String(File.ReadAllBytes(f)))
            : new Dictionary<string, string>();

    public void Dispose() => temp.Dispose();
}
