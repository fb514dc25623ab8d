using Markdig;

namespace StaticNews.Generator.Markdown.HeadingIds;

public static class HeadingIdPipelineExtensions
{
    /// <summary>Heading ids as GitHub makes them, in linear time (see <see cref="HeadingIdExtension"/>).</summary>
    public static MarkdownPipelineBuilder UseHeadingIds(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<HeadingIdExtension>();
        return pipeline;
    }
}
