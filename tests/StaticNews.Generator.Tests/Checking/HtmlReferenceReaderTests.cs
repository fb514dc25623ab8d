namespace StaticNews.Generator.Tests.Checking;

public sealed class HtmlReferenceReaderTests
{
    [Fact]
    public void Character_references_in_a_value_are_decoded_as_a_browser_decodes_them()
    {
        // Given named, numeric and legacy references, and an ampersand that only looks like one before '='
        const string html = """
            <a href="/search/?q=1&amp;page=2">a</a> <a href="/caf&#xE9;/">b</a> <a href="/x&#47;y/">c</a>
            <a href="/search/?q=1&copy=2">d</a> <a href="/less&lt">e</a> <a href="/amp&;">f</a>
            """;

        // When
        var references = ReaderReferences.In(html);

        // Then
        Assert.Equal(["/search/?q=1&page=2", "/café/", "/x/y/", "/search/?q=1&copy=2", "/less<", "/amp&"], references);
    }

    [Fact]
    public void Single_quoted_double_quoted_and_unquoted_values_are_read()
    {
        var references = ReaderReferences.In("""<a href='/one/'>1</a><a href="/it's/">2</a><a href=/three/>3</a><a href = "/four/" >4</a>""");

        Assert.Equal(["/one/", "/it's/", "/three/", "/four/"], references);
    }

    [Fact]
    public void A_greater_than_sign_inside_quotes_does_not_end_the_tag()
    {
        var references = ReaderReferences.In("""<img alt="a > b" src="/i.png"></div title=">"><a href="/next/">n</a>""");

        Assert.Equal(["/i.png", "/next/"], references);
    }

    [Fact]
    public void Every_srcset_candidate_is_read_without_its_descriptor_after_the_src()
    {
        var references = ReaderReferences.In("""<img srcset="/a.png 1x,/b.png 2x , ,/c.png" src="/i.png" alt=""><source srcset="/d.webp">""");

        Assert.Equal(["/i.png", "/a.png", "/b.png", "/c.png", "/d.webp"], references);
    }

    [Fact]
    public void Attributes_and_values_may_span_lines()
    {
        var references = ReaderReferences.In("<a\n  class=\"story\"\r\n  href=\"\n  /world/storm/\n\"\n>x</a><a href=\"/a\r\nb/\">y</a>");

        Assert.Equal(["/world/storm/", "/a\nb/"], references);
    }

    [Fact]
    public void Tag_and_attribute_names_are_read_in_any_case()
    {
        var references = ReaderReferences.In("""<A HREF="/a/">a</A><IMG SRC="/i.png" SrcSet="/j.png 2x"><Video Poster="/p.jpg"></Video>""");

        Assert.Equal(["/a/", "/i.png", "/j.png", "/p.jpg"], references);
    }

    [Fact]
    public void Markup_inside_script_style_title_textarea_and_comments_is_text()
    {
        // Given links written inside elements whose content is text, and an external script
        const string html = """
            <title><a href="/no-1/"></title><style>a[href="/no-2/"] { color: red }</style>
            <script>document.write('<a href="/no-3/">');</script><textarea><a href="/no-4/"></textarea>
            <!-- <a href="/no-5/"> --><script src="/app.js"></script><a href="/yes/">yes</a>
            """;

        // When
        var references = ReaderReferences.In(html);

        // Then
        Assert.Equal(["/app.js", "/yes/"], references);
    }

    [Fact]
    public void A_script_inside_an_escaped_comment_in_a_script_keeps_its_end_tag_as_text()
    {
        var references = ReaderReferences.In("""<script><!--<script></script><a href="/hidden/">--></script><a href="/shown/">x</a>""");

        Assert.Equal(["/shown/"], references);
    }

    [Fact]
    public void Of_repeated_attributes_the_first_counts_even_when_it_is_empty()
    {
        var references = ReaderReferences.In("""<a href="/first/" href="/second/">1</a><a href href="/third/">2</a>""");

        Assert.Equal(["/first/"], references);
    }

    [Fact]
    public void A_tag_the_page_cuts_off_does_not_count()
    {
        var references = ReaderReferences.In("""<a href="/whole/">ok</a><a href="/cut/" """);

        Assert.Equal(["/whole/"], references);
    }
}
