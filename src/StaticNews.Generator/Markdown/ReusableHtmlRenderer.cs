using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace StaticNews.Generator.Markdown;

/// <summary>
/// An HtmlRenderer kept by one thread for one pipeline and emptied between articles: making one registers every object
/// renderer, which cost as much as rendering a short article. Markdig reuses its own renderers the same way.
/// </summary>
internal sealed class ReusableHtmlRenderer : HtmlRenderer
{
    private readonly StringWriter writer;

    private ReusableHtmlRenderer(StringWriter writer, MarkdownPipeline pipeline) : base(writer)
    {
        this.writer = writer;
        Pipeline = pipeline;
        pipeline.Setup(this);
    }

    public MarkdownPipeline Pipeline { get; }

    public int Capacity => writer.GetStringBuilder().Capacity;

    public static ReusableHtmlRenderer For(MarkdownPipeline pipeline) => new(new StringWriter(), pipeline);

    /// <summary>The HTML of the document; the renderer starts empty (output, indents, line state) each time.</summary>
    public string Html(MarkdownDocument document)
    {
        Reset();
        Render(document);
        return writer.ToString();
    }

    /// <summary>The HTML of a run of a document's blocks, starting empty as <see cref="Html(MarkdownDocument)"/> does.</summary>
    public string Html(IReadOnlyList<Block> blocks)
    {
        Reset();
        foreach (var block in blocks) Render(block);
        return writer.ToString();
    }
}
