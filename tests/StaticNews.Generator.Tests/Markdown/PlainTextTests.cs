using System.Text;
using CsCheck;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticNews.Generator.Markdown;
using StaticNews.Generator.Markdown.StoryElements;
using StaticNews.Generator.Tests.Fuzzing;

namespace StaticNews.Generator.Tests.Markdown;

public sealed class PlainTextTests
{
    private static readonly Markdig.MarkdownPipeline Pipeline = ArticleMarkdown.CreatePipeline();

    [Fact]
    public void Plain_text_keeps_the_words_of_paragraphs_headings_quotes_and_tables_but_not_code_or_front_matter()
    {
        // Given
        var document = Markdig.Markdown.Parse("""
            ---
            title: Hidden
            ---
            ## Harbour *reopens*

            > Ferries run `again`,
            > said the port.

                code is left out

            | a | b |
            |---|---|
            | [linked](xref:x) | cell |
            """, Pipeline);

        // When
        var text = PlainText.Of(document);

        // Then
        Assert.Equal("Harbour reopens\nFerries run again, said the port.\na\nb\nlinked\ncell\n", text);
    }

    [Fact]
    public void A_story_element_reads_as_its_plain_form_so_a_video_is_its_title_and_link()
    {
        // Given
        var document = Markdig.Markdown.Parse("Before.\n\n::: embed https://youtu.be/Xk3fTq9Lm2A\ntitle: The surge\n:::\n\n::: quote Ana Lima\nOpen again.\n:::", Pipeline);

        // When
        var text = PlainText.Of(document);

        // Then
        Assert.Equal("Before.\nVideo: The surge — https://youtu.be/Xk3fTq9Lm2A\nAna Lima\nOpen again.\n", text);
    }

    [Fact]
    public void Plain_text_reads_the_tree_in_the_order_Markdig_walks_it()
    {
        HostileText.Markdown.Sample(markdown =>
        {
            // Given
            if (HostileText.ParseOrNull(markdown, Pipeline) is not { } document) return;

            // When
            var text = PlainText.Of(document);

            // Then
            Assert.Equal(WithDescendants(document), text);
        }, iter: 4000, threads: 2);
    }

    /// <summary>The same text gathered with Markdig's own Descendants walk.</summary>
    private static string WithDescendants(MarkdownDocument document)
    {
        var text = new StringBuilder();
        foreach (var any in document.Descendants<Block>())
        {
            if (any is StoryElementBlock { Element: { } element }) text.Append(StoryElementText.Of(element));
            if (any is not LeafBlock block || block is YamlFrontMatterBlock or CodeBlock || block.Inline is null) continue;
            foreach (var inline in block.Inline.Descendants<Inline>())
            {
                if (inline is LiteralInline literal) text.Append(literal.Content.Text, literal.Content.Start, literal.Content.Length);
                else if (inline is CodeInline code) text.Append(code.Content);
                else if (inline is LineBreakInline) text.Append(' ');
            }
            text.Append('\n');
        }
        return text.ToString();
    }
}
