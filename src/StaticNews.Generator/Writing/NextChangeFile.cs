using System.Text.Json;
using StaticNews.Generator.Building;
using StaticNews.Model;

namespace StaticNews.Generator.Writing;

/// <summary>
/// <c>.staticnews/next-change.json</c> beside the output folder: when the site next changes by itself, so CI can
/// schedule a rebuild. Kept outside the output so it is never published.
/// </summary>
public static class NextChangeFile
{
    public const string RelativePath = ".staticnews/next-change.json";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string PathFor(string outputDirectory) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", RelativePath);

    public static async Task WriteAsync(string outputDirectory, ScheduledChange? next, CancellationToken cancellationToken)
    {
        var path = PathFor(outputDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var content = new Dictionary<string, string?>
        {
            ["next"] = next is null ? null : Publication.Iso(next.At),
            ["kind"] = next?.Kind,
            ["article"] = next?.SourcePath,
        };
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(content, Options) + "\n", cancellationToken);
    }
}
