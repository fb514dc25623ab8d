using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Markdown;

namespace StaticNews.Generator.Tests.Markdown;

public sealed class BodyRendererTests
{
    private readonly DiagnosticBag diagnostics = new();

    private string Render(string markdown)
    {
        var pipeline = ArticleMarkdown.CreatePipeline();
        var targets = new Dictionary<string, LinkTarget> { ["port-fees-rise"] = new("/news/business/port-fees-rise/", "Port fees rise by a fifth") };
        var renderer = new BodyRenderer(pipeline, targets, "/news/", path => path == "images/a.svg", diagnostics);
        return renderer.Render(Markdig.Markdown.Parse(markdown, pipeline), "input/a.md");
    }

    [Fact]
    public void An_xref_link_points_at_the_article_url_under_the_base_path()
    {
        var html = Render("See [the fees](xref:port-fees-rise).");

        Assert.Contains("<a href=\"/news/business/port-fees-rise/\">the fees</a>", html);
    }

    [Fact]
    public void A_read_more_paragraph_with_an_empty_link_shows_the_other_articles_headline()
    {
        var html = Render("READ MORE: [](xref:port-fees-rise)");

        Assert.Contains("<p class=\"read-more\">READ MORE: <a href=\"/news/business/port-fees-rise/\">Port fees rise by a fifth</a></p>", html);
    }

    [Fact]
    public void An_unknown_xref_is_an_error_at_its_line_and_column()
    {
        Render("Intro.\n\nSee [this](xref:nowhere).");

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((Codes.UnknownXref, 3, 5), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void Raw_html_is_shown_as_text_not_run()
    {
        var html = Render("<script>alert(1)</script>\n\nA <b onclick=\"x()\">bold</b> claim.");

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<b onclick", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JavaScript:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[x](vbscript:msgbox)")]
    public void Links_with_unsafe_schemes_are_errors_and_never_reach_the_page(string markdown)
    {
        var html = Render(markdown);

        Assert.Equal(Codes.UnsafeLink, Assert.Single(diagnostics.ToSortedList()).Code);
        Assert.Contains("href=\"#\"", html);
    }

    [Fact]
    public void A_relative_image_is_served_from_the_base_path_and_a_missing_one_is_an_error()
    {
        var html = Render("![A map](images/a.svg)\n\n![Gone](images/gone.svg)");

        Assert.Contains("src=\"/news/images/a.svg\"", html);
        Assert.Equal(Codes.MissingImage, Assert.Single(diagnostics.ToSortedList()).Code);
    }

    [Fact]
    public void Subheadings_get_ids_so_readers_can_link_to_them()
    {
        var html = Render("## Crews at work");

        Assert.Contains("<h2 id=\"crews-at-work\">Crews at work</h2>", html);
    }

    [Fact]
    public void Each_body_gets_only_its_own_html_when_bodies_are_rendered_one_after_another()
    {
        // Given
        var first = Render("The harbour reopened.");

        // When
        var second = Render("Ferries run again.");
        var again = Render("The harbour reopened.");

        // Then
        Assert.Equal("<p>Ferries run again.</p>\n", second);
        Assert.Equal(first, again);
    }
}
