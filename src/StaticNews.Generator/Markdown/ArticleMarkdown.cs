using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace StaticNews.Generator.Markdown;

/// <summary>The one Markdown pipeline of a run: built once, shared by every thread (Markdig pipelines are immutable).</summary>
public static class ArticleMarkdown
{
    public static MarkdownPipeline CreatePipeline() =>
        new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseSmartyPants()
            .UsePreciseSourceLocation()
            // Raw HTML in copy is shown as text: content must not inject markup or scripts into the page.
            .DisableHtml()
            .Build();
}
