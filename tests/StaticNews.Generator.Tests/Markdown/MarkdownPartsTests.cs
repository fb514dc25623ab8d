using CsCheck;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticNews.Generator.Markdown;
using StaticNews.Generator.Tests.Fuzzing;

namespace StaticNews.Generator.Tests.Markdown;

public sealed class MarkdownPartsTests
{
    private static readonly Markdig.MarkdownPipeline Pipeline = ArticleMarkdown.CreatePipeline();

    [Fact]
    public void One_walk_finds_links_pictures_web_addresses_and_read_more_paragraphs_nested_in_quotes_lists_and_tables()
    {
        // Given
        const string markdown = """
            READ MORE: [](xref:port-fees-rise)

            > A quote with [a link](https://example.org/) and <https://example.org/bare> and <desk@example.org>.

            - a list item with ![a picture](images/a.svg)
              > READ MORE: nested [story](xref:other)

            | a | b |
            |---|---|
            | [in a table](xref:t) | [![linked picture](images/b.svg)](https://example.org/) |
            """;
        var document = Markdig.Markdown.Parse(markdown, Pipeline);

        // When
        var parts = MarkdownParts.Of(document);

        // Then
        Assert.Equal(["xref:port-fees-rise", "https://example.org/", "images/a.svg", "xref:other", "xref:t", "https://example.org/", "images/b.svg"],
            parts.Links.Select(link => link.Url));
        Assert.Equal(["https://example.org/bare"], parts.Autolinks.Select(link => link.Url));
        Assert.Equal(2, parts.ReadMore.Count);
        Assert.Equal(["images/a.svg", "images/b.svg"], parts.Pictures);
    }

    [Fact]
    public void The_walk_finds_exactly_what_Markdig_finds_in_hostile_markdown()
    {
        HostileText.Markdown.Sample(markdown =>
        {
            // Given
            if (HostileText.ParseOrNull(markdown, Pipeline) is not { } document) return;

            // When
            var parts = MarkdownParts.Of(document);

            // Then
            Assert.Equal(document.Descendants<LinkInline>(), parts.Links);
            Assert.Equal(document.Descendants<AutolinkInline>().Where(a => !a.IsEmail), parts.Autolinks);
            Assert.Equal(document.Descendants<ParagraphBlock>().Where(p => p.Inline?.FirstChild is LiteralInline first
                && first.Content.ToString().StartsWith(BodyRenderer.ReadMorePrefix, StringComparison.Ordinal)), parts.ReadMore);
        }, iter: 4000, threads: 1);
    }
}
