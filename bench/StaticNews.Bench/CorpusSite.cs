using StaticNews.Generator;
using StaticNews.Generator.Building;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Model;

namespace StaticNews.Bench;

/// <summary>Runs the Load and Build stages on an input folder, so the Relate stage can be measured on its own.</summary>
public static class CorpusSite
{
    public static Site Build(string inputDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var content = new ContentLoader(diagnostics).Load(InputFolder.From(inputDirectory));
        var site = new SiteBuilder(content.Pipeline, diagnostics).Build(content, new BuildOptions { InputDirectory = inputDirectory });
        if (site is null || diagnostics.HasErrors)
            throw new InvalidOperationException("The corpus does not build: " + string.Join(Environment.NewLine, diagnostics.ToSortedList().Take(10)));
        return site;
    }
}
