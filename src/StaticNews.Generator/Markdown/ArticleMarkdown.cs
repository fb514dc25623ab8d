using Markdig;
using StaticNews.Generator.Markdown.HeadingIds;
using StaticNews.Generator.Markdown.StoryElements;
using StaticNews.Generator.Markdown.Typography;

namespace StaticNews.Generator.Markdown;

/// <summary>The one Markdown pipeline of a run: built once, shared by every thread (Markdig pipelines are immutable).</summary>
public static class ArticleMarkdown
{
    /// <param name="allowRawHtml">site.yml's <c>raw_html: true</c>; off by default.</param>
    /// <param name="language">site.yml's <c>language</c>, whose quotation marks SmartyPants sets.</param>
    public static MarkdownPipeline CreatePipeline(bool allowRawHtml = false, string? language = null)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UseHeadingIds()
            .UsePipeTables()
            .UsePreciseSourceLocation();
        Typographer.Use(builder, language);
        // Embeds, galleries, quotes, fact boxes, timelines, story cards and contents: typed blocks, never raw markup.
        builder.Extensions.AddIfNotAlready<StoryElementsExtension>();
        // Raw HTML in copy is shown as text unless the newsroom opts in: content must not inject markup or scripts.
        if (!allowRawHtml) builder.DisableHtml();
        return builder.Build();
    }

    /// <summary>Markdig refuses absurd nesting (thousands of quotes or emphasis marks) by throwing this while parsing or rendering.</summary>
    public static bool IsDepthLimit(Exception exception) =>
        exception is ArgumentException && exception.Message.Contains("too deeply nested", StringComparison.Ordinal);

    public const string TooDeepMessage =
        "the Markdown is nested too deeply (quotes, lists or emphasis inside each other hundreds of times). Flatten the structure.";
}
