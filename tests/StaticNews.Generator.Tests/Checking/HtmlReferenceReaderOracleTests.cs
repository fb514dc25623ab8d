using CsCheck;
using StaticNews.Generator.Checking;

namespace StaticNews.Generator.Tests.Checking;

/// <summary>
/// Property-based tests: on thousands of generated pages, many of them malformed, the reader finds exactly the
/// references an HTML tokenizer finds, so the link check reports what it reported before it had its own scanner.
/// </summary>
public sealed class HtmlReferenceReaderOracleTests
{
    private const long Cases = 3000;

    private static readonly Gen<string> MarkupPiece = Gen.OneOf(
        "<a", "<A", "<img", "<IMG", "<video", "<source", "<link", "<script", "<SCRIPT", "<style", "<title", "<textarea",
        "<xmp", "<iframe", "<noembed", "<noframes", "<plaintext", "<area", "<audio", "<track", "<embed", "<div", "<svg",
        "</a>", "</script>", "</SCRIPT ", "</script/", "</style>", "</title>", "</textarea>", "</xmp", "</", "</>", "</ ",
        " href", " HREF", " src", " SrcSet", " poster", " x", "=", " = ", "\"", "'", ">", "/", "/>", " ", "\n", "\r\n",
        "\t", "/p/", "a.jpg 1x", ",", "&amp;", "&amp", "&lt", "&;", "&#65;", "&#x41", "&notit;", "&copy=", "\0", "é", "<",
        "`", "<!--", "-->", "--!>", "<!-->", "<!--->", "-", "--", "<!", "<!DOCTYPE html>", "<?xml", "<![CDATA[", "]]>",
        "<a href=\"/p/\">", "<img src='/i.png' srcset=\"/a.png 1x, /b.png 2x\">", "<video poster=/v.jpg src=/v.mp4>");

    private static readonly Gen<string> ScriptPiece = Gen.OneOf(
        "<script>", "<SCRIPT>", "<script src=/s.js>", "</script>", "</SCRIPT>", "</script ", "</script/", "</scripts>",
        "<script", "script", "<!--", "<!-", "<!", "--", "-", "->", "-->", "<", "/", ">", " ", "\n", "\0", "x",
        "<a href=/a>", "<img src=/i>", "</", "<s", "<scr", "<script/", "</script\n", "</scriptx", "é", "'", "\"");

    private static readonly Gen<string> ValuePiece = Gen.OneOf<string>(
        Gen.OneOf("&amp;", "&amp", "&ampx", "&AMP;", "&Amp;", "&lt", "&ltx", "&#", "&#x", "&#65;", "&#x41", "&#0;", "&#13;",
            "&#128;", "&#x9F;", "&#xD800;", "&#x10FFFF;", "&#x110000;", "&#99999999999;", "&#4294967361;", "&notin;",
            "&notit;", "&not", "&copy=", "&frac12", "&frac1", "&fjlig;", "&Afr;", "&;", "&", "\0", "\r\n", "\r", "é", ";",
            "=", "x", "1", " ", "#", "-", "_", ",", " 2x, ", "/p/"),
        Gen.Char.Select(c => c.ToString()));

    private static readonly Gen<string> Markup = MarkupPiece.Array[0, 40].Select(string.Concat);

    private static readonly Gen<string> Script = ScriptPiece.Array[0, 40].Select(pieces => "<script>" + string.Concat(pieces));

    private static readonly Gen<string> TagsWithOddValues =
        Gen.Select(Gen.OneOf("<a href=", "<img srcset=", "<video poster="), Gen.OneOf("\"", "'", ""), ValuePiece.Array[0, 8])
            .Select((tag, quote, value) => $"{tag}{quote}{string.Concat(value)}{quote}> text ")
            .Array[1, 4].Select(string.Concat);

    [Fact]
    public void Malformed_markup_yields_the_references_the_tokenizer_finds()
    {
        Markup.Sample(html => Assert.Equal(TokenizerReferences.Of(html), ReaderReferences.In(html)), iter: Cases, threads: 1);
    }

    [Fact]
    public void Script_text_ends_where_the_tokenizer_ends_it()
    {
        Script.Sample(html => Assert.Equal(TokenizerReferences.Of(html), ReaderReferences.In(html)), iter: Cases, threads: 1);
    }

    [Fact]
    public void Odd_values_decode_as_the_tokenizer_decodes_them()
    {
        TagsWithOddValues.Sample(html => Assert.Equal(TokenizerReferences.Of(html), ReaderReferences.In(html)), iter: Cases, threads: 1);
    }
}
