using StaticNews.Generator;
using StaticNews.Generator.Building;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Generator.Markdown;
using StaticNews.Model;

namespace StaticNews.Bench;

/// <summary>Runs the Load and Build stages on an input folder, so the Relate stage can be measured on its own.</summary>
public static class CorpusSite
{
    public static Site Build(string inputDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var pipeline = ArticleMarkdown.CreatePipeline();
        var content = new ContentLoader(pipeline, diagnostics).Load(InputFolder.From(inputDirectory));
        var site = new SiteBuilder(pipeline, diagnostics).Build(content, new BuildOptions { InputDirectory = inputDirectory });
        if (site is null || diagnostics.HasErrors)
            throw new InvalidOperationException("The corpus does not build: " + string.Join(Environment.NewLine, diagnostics.ToSortedList().Take(10)));
        return site;
    }
}
