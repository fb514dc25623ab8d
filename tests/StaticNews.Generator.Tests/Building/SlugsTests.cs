using System.Text;
using CsCheck;
using StaticNews.Generator.Building;

namespace StaticNews.Generator.Tests.Building;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("port-strike-ends", true)]
    [InlineData("g20", true)]
    [InlineData("Port-Strike", false)]
    [InlineData("../escape", false)]
    [InlineData("a/b", false)]
    [InlineData("a--b", false)]
    [InlineData("-a", false)]
    [InlineData("", false)]
    public void Only_lowercase_words_joined_by_single_hyphens_are_slugs(string slug, bool valid) =>
        Assert.Equal(valid, Slugs.IsValid(slug));

    [Theory]
    [InlineData("Climate Policy", "climate-policy")]
    [InlineData("São Paulo", "sao-paulo")]
    [InlineData("  EU / UK  ", "eu-uk")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("C#", "c")]
    [InlineData("AT&T", "att")]
    [InlineData("Øresund", "resund")]
    [InlineData("Straße", "strae")]
    [InlineData("Crème brûlée", "creme-brulee")]
    [InlineData("U.S. election_2024", "u-s-election-2024")]
    public void Tag_names_become_the_same_slug_on_every_machine(string name, string slug) =>
        Assert.Equal(slug, Slugs.FromText(name));

    [Fact]
    public void Text_in_Latin_letters_ASCII_digits_and_punctuation_keeps_the_slug_it_always_had()
    {
        // Given names drawn from ASCII, the Latin blocks, combining accents, modifier letters, punctuation and spaces
        var character = Gen.OneOf(
            Gen.Char['\u0000', '\u036F'], Gen.Char['\u1E00', '\u1EFF'], Gen.Char['\u2000', '\u209F'], Gen.Char['\uA720', '\uA7FF'],
            Gen.OneOf(" -_/.#+\u3000\u00A0".Select(Gen.Const).ToArray()));

        // Then every one gets exactly the slug of the ASCII-only rule that published addresses were made with
        character.Array[0, 24].Select(chars => new string(chars)).Sample(name => Assert.Equal(AsciiOnlySlug(name), Slugs.FromText(name)));
    }

    [Fact]
    public void An_article_slug_from_any_headline_is_the_one_the_ASCII_only_rule_always_gave()
    {
        Gen.Char['\u0000', '\uD7FF'].Array[0, 24].Select(chars => new string(chars))
            .Sample(headline => Assert.Equal(AsciiOnlySlug(headline), Slugs.AsciiFromText(headline)));
    }

    /// <summary>The rule slugs were made with before other scripts were kept: the oracle for existing addresses.</summary>
    private static string AsciiOnlySlug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if ((char.IsWhiteSpace(c) || c is '-' or '_' or '/' or '.') && builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().Trim('-');
    }

    [Theory]
    [InlineData("Πολιτική", "πολιτική")]
    [InlineData("Экономика", "экономика")]
    [InlineData("経済", "経済")]
    [InlineData("السياسة", "السياسة")]
    [InlineData("פוליטיקה", "פוליטיקה")]
    [InlineData("हिन्दी", "हिन्दी")]
    [InlineData("ΕΕ και Ρωσία", "εε-και-ρωσία")]
    [InlineData("Πολιτική 2024", "πολιτική-2024")]
    [InlineData("Brexit и Лондон", "brexit-и-лондон")]
    [InlineData("東京\u3000五輪", "東京-五輪")]
    [InlineData("𠮷野家", "𠮷野家")]
    public void Letters_and_digits_of_any_script_stay_in_the_slug_lowercased(string name, string slug) =>
        Assert.Equal(slug, Slugs.FromText(name));

    [Theory]
    [InlineData("Zelensky says ‘Слава Україні’ at summit", "zelensky-says-at-summit")]
    [InlineData("Σεισμός στην Κρήτη", "")]
    [InlineData("Café owners protest", "cafe-owners-protest")]
    public void An_article_slug_made_from_a_headline_keeps_only_ASCII_letters_and_digits(string headline, string slug) =>
        Assert.Equal(slug, Slugs.AsciiFromText(headline));

    [Fact]
    public void A_slug_is_composed_the_same_whether_the_name_was_typed_composed_or_decomposed()
    {
        // Given "Πολιτική" typed with a precomposed ή and with η followed by a combining accent
        var composed = "Πολιτική".Normalize(NormalizationForm.FormC);
        var decomposed = "Πολιτική".Normalize(NormalizationForm.FormD);

        // When
        var fromComposed = Slugs.FromText(composed);
        var fromDecomposed = Slugs.FromText(decomposed);

        // Then both give the one NFC slug
        Assert.Equal(fromComposed, fromDecomposed);
        Assert.True(fromComposed.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("CON", "con-tag")]
    [InlineData("Aux", "aux-tag")]
    [InlineData("nul", "nul-tag")]
    [InlineData("COM1", "com1-tag")]
    [InlineData("lpt9", "lpt9-tag")]
    [InlineData("Con tag", "con-tag")]
    [InlineData("Console", "console")]
    [InlineData("Climate Policy", "climate-policy")]
    [InlineData("Πολιτική", "πολιτική")]
    public void A_tag_named_like_a_Windows_device_gets_a_folder_Windows_can_hold(string name, string slug) =>
        Assert.Equal(slug, Slugs.ForTag(name));

    [Theory]
    [InlineData("Climate policy", "climate-policy", true)]
    [InlineData("Climate Policy", "CLIMATE_POLICY", true)]
    [InlineData("São Paulo", "Sao Paulo", true)]
    [InlineData("U.S. politics", "u-s politics", true)]
    [InlineData("Children's health", "Childrens health", true)]
    [InlineData("C#", "C", false)]
    [InlineData("C++", "C", false)]
    [InlineData("Øresund", "resund", false)]
    [InlineData("CON", "Con tag", false)]
    public void Two_tag_names_with_one_slug_are_the_same_tag_only_when_they_differ_in_case_accents_or_punctuation(
        string first, string second, bool same) =>
        Assert.Equal(same, Slugs.TagWords(first) == Slugs.TagWords(second));
}
