using Markdig;
using Markdig.Renderers;

namespace StaticNews.Generator.Markdown.StoryElements;

/// <summary>Story elements (<c>::: embed URL</c>, <c>::: gallery</c>, <c>::: quote</c>, …): see README "Story elements".</summary>
public sealed class StoryElementsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<StoryElementParser>())
            pipeline.BlockParsers.Insert(0, new StoryElementParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<StoryElementRenderer>())
            html.ObjectRenderers.Insert(0, new StoryElementRenderer());
    }
}
