using StaticNews.Generator.Loading;

namespace StaticNews.Generator.Tests.Loading;

public sealed class TextCharactersTests
{
    /// <summary>By code point, not as strings: test discovery would turn a lone surrogate into U+FFFD.</summary>
    public static TheoryData<int, string> Refused() => new()
    {
        { 0x0000, "U+0000 (a control character)" },
        { 0x0007, "U+0007 (a control character)" },
        { 0x000B, "U+000B (a control character)" },
        { 0x000C, "U+000C (a control character)" },
        { 0x001B, "U+001B (a control character)" },
        { 0x007F, "U+007F (a control character)" },
        { 0x0085, "U+0085 (a control character)" },
        { 0x009F, "U+009F (a control character)" },
        { 0xFDD0, "U+FDD0 (a noncharacter)" },
        { 0xFFFE, "U+FFFE (a noncharacter)" },
        { 0xFFFF, "U+FFFF (a noncharacter)" },
        { 0x1FFFE, "U+1FFFE (a noncharacter)" },
        { 0x10FFFF, "U+10FFFF (a noncharacter)" },
        { 0xD800, "U+D800 (half of a surrogate pair, without its other half)" },
        { 0xDC00, "U+DC00 (half of a surrogate pair, without its other half)" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_character_no_page_may_hold_is_found_and_named_by_its_code_point(int codePoint, string description)
    {
        // Given it after a word with a letter outside ASCII, so the scan passes a multi-byte character first
        var character = codePoint is >= 0xD800 and <= 0xDFFF ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint);
        var text = "Café " + character + " tail";

        // When
        var at = TextCharacters.IndexOfRefused(text);

        // Then
        Assert.Equal(5, at);
        Assert.Equal(description, TextCharacters.Describe(text, at));
    }

    [Fact]
    public void What_a_newsroom_writes_is_accepted_tabs_line_breaks_and_invisible_formatting_included()
    {
        // Given tab, line breaks, no-break and zero-width spaces, soft hyphen, bidi controls, line separator, emoji with joiners
        const string text = "a\tb\r\nc\u00A0d\u200Be\u00ADf\u202Eg\u202Ch\u2066i\u2069j\u2028k\U0001F469\u200D\U0001F4BB l\uE000 \u00E9\u0301";

        // When / Then
        Assert.Equal(-1, TextCharacters.IndexOfRefused(text));
    }

    [Fact]
    public void Printable_text_of_plain_words_is_the_same_string()
    {
        const string text = "Harbour reopens after storm: 3 boats, 1 ferry";

        Assert.Same(text, TextCharacters.Printable(text));
    }

    [Fact]
    public void Printable_text_names_every_character_that_could_hide_or_reorder_a_terminal_line()
    {
        // Given
        const string text = "a\u0007b\u202Ec\u2067d\re\u2028f\uD800g\tπ";

        // When
        var printable = TextCharacters.Printable(text);

        // Then
        Assert.Equal("a<U+0007>b<U+202E>c<U+2067>d<U+000D>e<U+2028>f<U+D800>g\tπ", printable);
    }
}
