using StaticNews.Corpus;
using StaticNews.Generator;
using StaticNews.Generator.Building;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Generator.Publishing;
using StaticNews.Generator.Relating;
using StaticNews.Generator.Rendering;
using StaticNews.Generator.Writing;
using StaticNews.Model;
using StaticNews.Model.Pages;

namespace StaticNews.Benchmarks;

/// <summary>
/// A generated corpus in a fresh temp folder, and the stages before the one a benchmark measures, run once in its
/// setup. Each benchmark process makes its own, so no run reads another's leftovers.
/// </summary>
public sealed class StageInputs : IDisposable
{
    /// <summary>Modest on purpose: big enough for every kind of page, small enough for a run of minutes.</summary>
    public const int Articles = 1000;

    /// <summary>The build clock, fixed so every run publishes the same articles (the corpus is dated from 2020).</summary>
    public static readonly DateTimeOffset Now = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly string root = Path.Combine(Path.GetTempPath(), $"staticnews-benchmarks-{Guid.NewGuid():N}");

    public StageInputs()
    {
        CorpusWriter.Write(new CorpusGenerator(new CorpusOptions { Articles = Articles, Seed = 1 }), InputDirectory);
    }

    public string InputDirectory => Path.Combine(root, "input");

    /// <summary>Inside the temp folder, so the Write stage's staging folders beside it are removed with it.</summary>
    public string OutputDirectory => Path.Combine(root, "output");

    public InputFolder Input => InputFolder.From(InputDirectory);

    public BuildOptions Options => new() { InputDirectory = InputDirectory, OutputDirectory = OutputDirectory, Now = Now };

    public LoadedContent Load() => Succeeded(diagnostics => new ContentLoader(diagnostics).Load(Input));

    public Site Build(LoadedContent content) =>
        Succeeded(diagnostics => new SiteBuilder(content.Pipeline, diagnostics).Build(content, Options))
        ?? throw new InvalidOperationException("The corpus built no site.");

    public static Site Relate(Site site) => site with { Related = new RelatedEngine().FindAll(site) };

    public static async Task<IReadOnlyList<RenderedPage>> RenderAsync(IReadOnlyList<PageModel> pages)
    {
        using var renderer = new PageRenderer(Environment.ProcessorCount);
        return await renderer.RenderAsync(pages);
    }

    /// <summary>What the Write stage is handed: pages, theme assets, static input files, feeds and sitemaps.</summary>
    public IReadOnlyList<OutputFile> Files(Site site, IReadOnlyList<PageModel> pages, IReadOnlyList<RenderedPage> rendered) =>
        rendered.Select(SiteFiles.Page).Concat(SiteFiles.Collect(Input, site.UnpublishedFiles)).Concat(SiteOutputs.Collect(site, pages, Now)).ToList();

    public void Dispose()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    /// <summary>A benchmark of a failing build would measure the wrong thing: stop at setup instead.</summary>
    private static T Succeeded<T>(Func<DiagnosticBag, T> stage)
    {
        var diagnostics = new DiagnosticBag();
        var result = stage(diagnostics);
        if (diagnostics.HasErrors)
            throw new InvalidOperationException("The corpus has errors: " + string.Join(Environment.NewLine, diagnostics.ToSortedList().Take(10)));
        return result;
    }
}
