using System.Text;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Generator.Pictures;
using StaticNews.Generator.Rendering;

namespace StaticNews.Generator.Writing;

/// <summary>Files a build writes: rendered pages, the theme's assets and the input's static files (SVG pictures and the like).</summary>
public static class SiteFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly HashSet<string> PictureExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg", ".ico" };
    private static readonly HashSet<string> ContentExtensions = new(StringComparer.OrdinalIgnoreCase) { ".md", ".yml", ".yaml" };

    public static OutputFile Page(RenderedPage page) => new(page.OutputPath, () => OutputFile.StreamOf(Utf8.GetBytes(page.Html)));

    /// <summary>A page's HTML back from its file, for checking its links again.</summary>
    public static RenderedPage Read(OutputFile page)
    {
        using var reader = new StreamReader(page.Open(), Utf8);
        return new RenderedPage(page.Path, reader.ReadToEnd());
    }

    /// <summary>The files beside the pages: the theme's assets and the input's static files.</summary>
    /// <param name="withheld">Input files not to publish, relative to the input folder (pictures of unpublished stories).</param>
    /// <param name="diagnostics">Where input files that may not be read (<see cref="InputReadPolicy"/>) or empty pictures are reported; they are never published.</param>
    public static IReadOnlyList<OutputFile> Collect(InputFolder input, IReadOnlySet<string>? withheld = null, SiteTheme? theme = null, DiagnosticBag? diagnostics = null)
    {
        theme ??= SiteTheme.CompiledIn;
        var files = new List<OutputFile>(64);
        files.AddRange(theme.AssetPaths.Select(path => new OutputFile(path, () => theme.OpenAsset(path))));
        files.AddRange(StaticInputFiles(input, diagnostics ?? new DiagnosticBag()).Where(relative => withheld?.Contains(relative) != true)
            .Select(relative => new OutputFile(relative, () => InputReadPolicy.OpenRead(input, relative))));
        return files;
    }

    /// <summary>
    /// Reports the input's static files that may not be published, for a build that stops before collecting them
    /// (an article error), so that every error of the run is shown at once.
    /// </summary>
    public static void Check(InputFolder input, DiagnosticBag diagnostics) => _ = StaticInputFiles(input, diagnostics).Count();

    /// <summary>
    /// Files such as SVG pictures that are copied as they are; hidden files are left behind, refused ones reported
    /// (raster pictures too, though the picture stage publishes them, stripped of their metadata).
    /// </summary>
    private static IEnumerable<string> StaticInputFiles(InputFolder input, DiagnosticBag diagnostics) =>
        input.Files("*")
            .Where(relative => !ContentExtensions.Contains(Path.GetExtension(relative)))
            .Where(relative => !relative.Split('/').Any(part => part.StartsWith('.')))
            .Where(relative => MayPublish(input, relative, diagnostics))
            .Where(relative => RasterFormat.Of(relative) is null);

    private static bool MayPublish(InputFolder input, string relative, DiagnosticBag diagnostics)
    {
        var display = input.Display(relative);
        if (InputReadPolicy.Check(input, relative) is { } refusal)
        {
            refusal.Report(diagnostics, display);
            return false;
        }
        // An empty raster picture is the picture stage's to report, at the front matter line that names it.
        if (!PictureExtensions.Contains(Path.GetExtension(relative)) || RasterFormat.Of(relative) is not null || new FileInfo(input.Combine(relative)).Length > 0) return true;
        diagnostics.Error(Codes.EmptyImage, display, 0, 0,
            "the picture is empty (0 bytes), so it would show as a broken image. Copy the real picture again, or delete the file.");
        return false;
    }
}
