using CsCheck;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StaticNews.Generator.Markdown;
using StaticNews.Generator.Markdown.HeadingIds;

namespace StaticNews.Generator.Tests.Markdown;

public sealed class HeadingIdTests
{
    private static readonly MarkdownPipeline Pipeline = ArticleMarkdown.CreatePipeline();

    /// <summary>The earlier pipeline, with Markdig's own (quadratic) heading ids, to compare against.</summary>
    private static readonly MarkdownPipeline MarkdigIds = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter().UseAutoIdentifiers(AutoIdentifierOptions.GitHub).UsePipeTables().UseSmartyPants().UsePreciseSourceLocation()
        .DisableHtml().Build();

    private static List<string?> Ids(string markdown, MarkdownPipeline pipeline) =>
        Markdig.Markdown.Parse(markdown, pipeline).Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).ToList();

    [Fact]
    public void Fifty_thousand_identical_headings_get_the_ids_minus_one_to_minus_49999_in_order()
    {
        // Given (with ids assigned in quadratic time this took minutes)
        const int count = 50_000;
        var markdown = string.Concat(Enumerable.Repeat("## Same heading\n\nText.\n\n", count));

        // When
        var ids = Ids(markdown, Pipeline);

        // Then
        Assert.Equal(count, ids.Count);
        Assert.Equal("same-heading", ids[0]);
        Assert.Equal(Enumerable.Range(1, count - 1).Select(i => $"same-heading-{i}"), ids.Skip(1));
    }

    [Fact]
    public void Headings_get_the_ids_markdig_gave_them_collisions_empty_headings_and_markup_included()
    {
        // Given headings made of pieces that collide with each other's suffixed ids ("a", "a-1", "a 1"), empty ones, markup and links
        var piece = Gen.OneOf("a", "A", "a-1", "a 1", "-1", "1", "", " ", "`code`", "*em*", "[link](/x)", "é", "section", "section-1", "&amp;", "b");
        var heading = Gen.Select(Gen.OneOf("# ", "## ", "### "), piece.Array[0, 3], (marks, text) => marks + string.Concat(text));
        var setext = piece.Array[1, 3].Select(text => string.Concat(text) + "\n---");
        var document = Gen.OneOf(heading, heading, setext).Array[1, 40].Select(blocks => string.Join("\n\nText.\n\n", blocks));

        // When / Then
        document.Sample(markdown => Assert.Equal(Ids(markdown, MarkdigIds), Ids(markdown, Pipeline)), iter: 2000);
    }

    [Fact]
    public void Each_document_starts_its_ids_afresh()
    {
        // Given two documents parsed by the one shared pipeline
        var first = Ids("## Same\n\n## Same\n", Pipeline);

        // When
        var second = Ids("## Same\n", Pipeline);

        // Then
        Assert.Equal(["same", "same-1"], first);
        Assert.Equal(["same"], second);
        Assert.IsType<HeadingIdExtension>(Pipeline.Extensions.Single(e => e is HeadingIdExtension));
    }
}
