using CsCheck;
using Markdig;
using Markdig.Syntax;
using StaticNews.Generator.Markdown;

namespace StaticNews.Generator.Tests.Fuzzing;

/// <summary>Generators of front matter and Markdown built from the pieces that break parsers: structure, quotes, schemes, paths, odd characters.</summary>
public static class HostileText
{
    private static readonly Gen<string> AnyCharacters = Gen.String[Gen.Char, 0, 6];

    /// <summary>
    /// A code point of every kind that breaks text handling: C0 and C1 controls and DEL, noncharacters, bidi controls,
    /// invisible formatting (no-break and zero-width spaces, soft hyphen, joiner, line and paragraph separators, BOM),
    /// private use, surrogates (which become lone surrogates) and, for the rest, any code point at all.
    /// </summary>
    private static readonly Gen<int> AnyCategoryCodePoint = Gen.OneOf(
        Gen.Int[0x00, 0x1F], Gen.Int[0x7F, 0x9F],
        Gen.Int[0xFDD0, 0xFDEF], Gen.OneOf(0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFE, 0x10FFFF),
        Gen.OneOf(0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069),
        Gen.OneOf(0x00A0, 0x00AD, 0x200B, 0x200C, 0x200D, 0x2028, 0x2029, 0xFEFF, 0x0301),
        Gen.Int[0xE000, 0xF8FF], Gen.Int[0xD800, 0xDFFF], Gen.Int[0, 0x10FFFF]);

    /// <summary>One character of <see cref="AnyCategoryCodePoint"/>; a surrogate stands alone.</summary>
    public static readonly Gen<string> AnyCategoryCharacter =
        AnyCategoryCodePoint.Select(c => c is >= 0xD800 and <= 0xDFFF ? ((char)c).ToString() : char.ConvertFromUtf32(c));

    /// <summary>The same characters written as YAML escapes in a quoted value, the only way a lone surrogate reaches YAML from a UTF-8 file.</summary>
    private static readonly Gen<string> YamlEscape = AnyCategoryCodePoint.Select(c => c <= 0xFFFF ? $"\"a\\u{c:X4}b\"" : $"\"a\\U{c:X8}b\"");

    private static readonly Gen<string> YamlPiece = Gen.OneOf(
        "title: ", "date: ", "section: ", "summary: ", "slug: ", "authors: ", "tags: ", "image: ", "src: ", "alt: ",
        "read_time: ", "draft: ", "updated: ", "related: ", "extra: ", "world", "ana-lima", "2026-03-18", "2026-02-30T25:61",
        "images/harbour.svg", "../secret", "/etc/passwd", "C:\\x", "con", "Harbour", "\n", "\n  ", "  ", "\t", "- ", ": ",
        "[", "]", "{", "}", ",", "&a ", "*a", "'", "\"", "#", "!!str ", "!!binary ", "|", ">", "---", "...", "~", "null",
        "true", "0", "-1", "99999999999999999999", "<script>", "\u0000", "\uFEFF", "\r", "é", "\U0001F600");

    private static readonly Gen<string> MarkdownPiece = Gen.OneOf(
        "[", "]", "(", ")", "](", "![", "<", ">", "javascript:", "JaVaScRiPt:", "data:text/html,", "vbscript:", "xref:",
        "xref:harbour-reopens", "&#106;", "&#x3A;", "`", "```\n", "> ", "- ", "1. ", "*", "**", "_", "# ", "|", "|---|",
        "---", "\n", "\n\n", "    ", "\t", "<script>", "</script>", "<img src=x onerror=alert(1)>", "onerror=", "\"", "'",
        "images/harbour.svg", "../", "/etc/passwd", "\\", "READ MORE: ", "[^1]", "http://x.example/", "mailto:a@b",
        "%0a", "\u0000", "\uFEFF", "\r", "é", "\U0001F600", "word ",
        "\n::: embed ", "\n::: quote ", "\n::: factbox ", "\n::: gallery", "\n::: timeline", "\n::: story ", "\n::: toc", "\n:::\n", ":::",
        "https://youtu.be/Xk3fTq9Lm2A", "title: ", "image: ", " | ");

    private static readonly Gen<string> ElementName = Gen.OneOf(
        "embed", "embed", "embed", "gallery", "quote", "factbox", "timeline", "story", "toc", "slideshow", "", "EMBED", "embed\t");

    private static readonly Gen<string> ElementArgument = Gen.OneOf(
        "https://www.youtube.com/watch?v=Xk3fTq9Lm2A", "https://youtu.be/", "https://www.youtube.com/watch?v=", "https://vimeo.com/1",
        "https://x.com/a/status/1", "https://bsky.app/profile/a.b/post/", "https://www.instagram.com/p/", "https://www.tiktok.com/@a/video/1",
        "https://www.facebook.com/watch/?v=", "https://datawrapper.dwcdn.net/", "https://public.flourish.studio/visualisation/",
        "https://www.openstreetmap.org/#map=", "https://www.openstreetmap.org/export/embed.html?bbox=", "https://soundcloud.com/",
        "https://open.spotify.com/track/", "https://www.documentcloud.org/documents/", "https://a.example/x.mp3", "https://a.example/x.pdf",
        "https://maps.example.org/", "http://", "javascript:", "data:text/html,", "//evil.example/", "harbour-reopens", "Key facts",
        "\"", "'", "<", ">", "&", "%22", "%3C", "/", "?", "#", "=", "..", "\u0000", "\u202E", "é", " ", "1", "abc", "Xk3fTq9Lm2A");

    private static readonly Gen<string> ElementLine = Gen.OneOf<string>(
        Gen.Select(Gen.OneOf("title", "description", "caption", "poster", "date", "image", "2026-10-21", "11pm", "src", "onload"),
            Gen.OneOf<string>(ElementArgument, MarkdownPiece).Array[0, 6].Select(string.Concat), (key, value) => $"{key}: {value}"),
        MarkdownPiece.Array[0, 8].Select(string.Concat));

    /// <summary>Story elements with hostile names, addresses, fields and nesting, terminated or not.</summary>
    public static readonly Gen<string> StoryElements =
        Gen.Select(ElementName, ElementArgument.Array[0, 4].Select(string.Concat), ElementLine.Array[0, 5], Gen.OneOf("\n:::", "\n:::\n:::", "", "\n::::"))
            .Select((name, argument, lines, end) => $"::: {name} {argument}\n{string.Join('\n', lines)}{end}")
            .Array[1, 4].Select(blocks => string.Join("\n\n", blocks));

    public static readonly Gen<string> FrontMatter =
        Gen.OneOf<string>(YamlPiece, YamlPiece, AnyCharacters, AnyCategoryCharacter, YamlEscape).Array[0, 40].Select(string.Concat);

    public static readonly Gen<string> Markdown =
        Gen.OneOf<string>(MarkdownPiece, MarkdownPiece, AnyCharacters, AnyCategoryCharacter).Array[0, 60].Select(string.Concat);

    /// <summary>A file name (without extension) of a few characters of every category; '/' and NUL, which no file system takes, become '_'.</summary>
    public static readonly Gen<string> FileName = Gen.OneOf<string>(AnyCategoryCharacter, AnyCategoryCharacter, Gen.OneOf("a", "-", ".", " ", "con"))
        .Array[1, 6].Select(parts => string.Concat(parts).Replace('/', '_').Replace('\0', '_'));

    /// <summary>Mostly valid front matter with one hostile value, so fuzzing also reaches the Build stage and the body renderer.</summary>
    public static readonly Gen<string> MostlyValidFrontMatter =
        Gen.Select(YamlPiece, Gen.OneOf<string>(FrontMatter, YamlEscape), (key, value) =>
            $"title: \"Fuzzed\"\ndate: 2026-03-18\nsection: world\nauthors: [ana-lima]\n{key}{value}");

    /// <summary>The parsed document, or null when the text nests deeper than the Markdown depth limit (refused as SN0152 in a build).</summary>
    public static MarkdownDocument? ParseOrNull(string markdown, MarkdownPipeline pipeline)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException ex) when (ArticleMarkdown.IsDepthLimit(ex))
        {
            return null;
        }
    }
}
