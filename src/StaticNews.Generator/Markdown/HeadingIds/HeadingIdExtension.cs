using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Markdig.Renderers.Html;

namespace StaticNews.Generator.Markdown.HeadingIds;

/// <summary>
/// Gives each heading the id Markdig's <c>UseAutoIdentifiers(AutoIdentifierOptions.GitHub)</c> gives it (the GitHub
/// slug of its text, "section" when empty, then -1, -2… on a collision), in linear time. Markdig tries every suffix
/// from 1 for each repeated heading, so n identical headings cost n² lookups (100,000 took minutes); here each base id
/// remembers the next suffix to try. Ids are only ever added, so every suffix below the remembered one is still
/// taken and the result is the one Markdig would give.
/// </summary>
public sealed class HeadingIdExtension : IMarkdownExtension
{
    private const string IdsKey = "StaticNews.HeadingIds";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Setext headings are closed by the paragraph parser, ATX ones by the heading parser.
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } headings)
        {
            headings.Closed -= OnClosed;
            headings.Closed += OnClosed;
        }
        if (pipeline.BlockParsers.FindExact<ParagraphBlockParser>() is { } paragraphs)
        {
            paragraphs.Closed -= OnClosed;
            paragraphs.Closed += OnClosed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading) heading.ProcessInlinesEnd += AssignId;
    }

    /// <summary>Runs once the heading's inlines are parsed, in document order, as Markdig's own extension does.</summary>
    private static void AssignId(InlineProcessor processor, Inline? inline)
    {
        var heading = (HeadingBlock)processor.Block!;
        if (heading.Inline is null) return;
        var attributes = heading.GetAttributes();
        if (attributes.Id is not null) return;
        if (processor.Document.GetData(IdsKey) is not TakenIds taken)
        {
            taken = new TakenIds();
            processor.Document.SetData(IdsKey, taken);
        }
        var slug = LinkHelper.UrilizeAsGfm(PlainText(heading.Inline));
        attributes.Id = taken.Claim(slug.Length == 0 ? "section" : slug);
    }

    /// <summary>One plain-text renderer per thread: making one per heading would cost more than the id itself.</summary>
    [ThreadStatic] private static (StringWriter Writer, HtmlRenderer Renderer)? stripper;

    /// <summary>The heading's text without markup or links, as Markdig's extension reads it.</summary>
    private static string PlainText(ContainerInline inline)
    {
        var (writer, renderer) = stripper ??= NewStripper();
        writer.GetStringBuilder().Clear();
        renderer.Render(inline);
        writer.Flush();
        return writer.ToString();
    }

    private static (StringWriter, HtmlRenderer) NewStripper()
    {
        var writer = new StringWriter();
        return (writer, new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false });
    }

    /// <summary>The ids of one document, and for each base id the next suffix worth trying.</summary>
    private sealed class TakenIds
    {
        private readonly HashSet<string> ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, uint> nextSuffix = new(StringComparer.Ordinal);

        public string Claim(string baseId)
        {
            if (ids.Add(baseId)) return baseId;
            var suffix = nextSuffix.GetValueOrDefault(baseId, 1u);
            string id;
            while (!ids.Add(id = $"{baseId}-{suffix}")) suffix++;
            nextSuffix[baseId] = suffix + 1;
            return id;
        }
    }
}
