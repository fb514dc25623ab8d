using StaticNews.Generator.Markdown.Typography;

namespace StaticNews.Generator.Tests.Markdown;

public sealed class TypographerTests
{
    private static string? Typeset(string text, string language) =>
        Typographer.Apply(text, Typographer.PlainTextPipeline(language), Typographer.OptionsFor(language));

    [Fact]
    public void An_English_headline_gets_curly_quotes_apostrophes_dashes_and_an_ellipsis()
    {
        // Given
        const string headline = "The town's \"new\" wall -- built in 'record' time --- or not...";

        // When
        var typeset = Typeset(headline, "en-GB");

        // Then
        Assert.Equal("The town\u2019s \u201Cnew\u201D wall \u2013 built in \u2018record\u2019 time \u2014 or not\u2026", typeset);
    }

    [Theory]
    [InlineData("fr-FR", "Il dit \u00AB\u202Fnon\u202F\u00BB et l\u2019\u00E9t\u00E9 passe")]
    [InlineData("de-DE", "Il dit \u201Enon\u201C et l\u2019\u00E9t\u00E9 passe")]
    [InlineData("de-CH", "Il dit \u00ABnon\u00BB et l\u2019\u00E9t\u00E9 passe")]
    public void Each_language_gets_its_own_quotation_marks(string language, string expected)
    {
        // Given a headline with straight quotes and an apostrophe
        const string headline = "Il dit \"non\" et l'\u00E9t\u00E9 passe";

        // When
        var typeset = Typeset(headline, language);

        // Then
        Assert.Equal(expected, typeset);
    }

    [Fact]
    public void Markdown_characters_in_plain_text_stay_as_written()
    {
        // Given text that Markdown would turn into a list, emphasis, a link, code and an entity
        const string text = "- 1. *Not* _emphasis_ [a](b) `code` &amp; <b>x</b> # \\ it's";

        // When
        var typeset = Typeset(text, "en");

        // Then only the apostrophe changed
        Assert.Equal("- 1. *Not* _emphasis_ [a](b) `code` &amp; <b>x</b> # \\ it\u2019s", typeset);
    }

    [Fact]
    public void Lines_and_their_spaces_are_kept()
    {
        Assert.Equal("  it\u2019s\nthey\u2019re ", Typeset("  it's\nthey're ", "en"));
    }
}
