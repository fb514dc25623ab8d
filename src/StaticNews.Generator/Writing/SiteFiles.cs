using System.Text;
using StaticNews.Generator.Building;
using StaticNews.Generator.Loading;
using StaticNews.Generator.Pictures;
using StaticNews.Generator.Rendering;

namespace StaticNews.Generator.Writing;

/// <summary>Files a build writes: rendered pages, the theme's assets and the input's static files (SVG pictures and the like).</summary>
public static class SiteFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
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
    public static IReadOnlyList<OutputFile> Collect(InputFolder input, IReadOnlySet<string>? withheld = null, SiteTheme? theme = null)
    {
        theme ??= SiteTheme.CompiledIn;
        var files = new List<OutputFile>(64);
        files.AddRange(theme.AssetPaths.Select(path => new OutputFile(path, () => theme.OpenAsset(path))));
        files.AddRange(StaticInputFiles(input).Where(relative => withheld?.Contains(relative) != true).Select(relative => new OutputFile(relative, () => File.OpenRead(input.Combine(relative)))));
        return files;
    }

    /// <summary>
    /// Files such as SVG pictures that are copied as they are; hidden files and links out of the input folder are left
    /// behind, and raster pictures are published by the picture stage, stripped of their metadata.
    /// </summary>
    private static IEnumerable<string> StaticInputFiles(InputFolder input) =>
        input.Files("*")
            .Where(relative => !ContentExtensions.Contains(Path.GetExtension(relative)))
            .Where(relative => RasterFormat.Of(relative) is null)
            .Where(relative => !relative.Split('/').Any(part => part.StartsWith('.')))
            .Where(relative => InputPaths.Exists(input, relative));
}
