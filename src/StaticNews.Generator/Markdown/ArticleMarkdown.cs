using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace StaticNews.Generator.Markdown;

/// <summary>The one Markdown pipeline of a run: built once, shared by every thread (Markdig pipelines are immutable).</summary>
public static class ArticleMarkdown
{
    /// <param name="allowRawHtml">site.yml's <c>raw_html: true</c>; off by default.</param>
    public static MarkdownPipeline CreatePipeline(bool allowRawHtml = false)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseSmartyPants()
            .UsePreciseSourceLocation();
        // Raw HTML in copy is shown as text unless the newsroom opts in: content must not inject markup or scripts.
        if (!allowRawHtml) builder.DisableHtml();
        return builder.Build();
    }
}
