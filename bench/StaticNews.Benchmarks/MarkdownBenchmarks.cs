using BenchmarkDotNet.Attributes;
using Markdig;
using Markdig.Syntax;
using StaticNews.Corpus;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Markdown;

namespace StaticNews.Benchmarks;

/// <summary>
/// One article of the corpus (about 700 words, front matter included) through the run's Markdown pipeline: parsed as
/// the Load stage parses a file, and its body rendered to HTML as the Build stage renders it.
/// </summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private const string DisplayPath = "news/article.md";
    private MarkdownPipeline pipeline = null!;
    private string text = null!;
    private MarkdownDocument document = null!;
    private BodyRenderer bodies = null!;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = new CorpusGenerator(new CorpusOptions { Articles = StageInputs.Articles, Seed = 1 });
        text = CorpusWriter.Markdown(corpus.Article(StageInputs.Articles / 2));
        pipeline = ArticleMarkdown.CreatePipeline();
        document = Markdig.Markdown.Parse(text, pipeline);
        bodies = new BodyRenderer(pipeline, new Dictionary<string, LinkTarget>(StringComparer.Ordinal), "/", _ => false, new DiagnosticBag());
    }

    [Benchmark]
    public MarkdownDocument Parse() => Markdig.Markdown.Parse(text, pipeline);

    /// <summary>The renderer puts the document's links back as they were, so one parsed document serves every call.</summary>
    [Benchmark]
    public string Render() => bodies.Render(document, DisplayPath);

    [Benchmark]
    public string ParseAndRender() => bodies.Render(Markdig.Markdown.Parse(text, pipeline), DisplayPath);
}
