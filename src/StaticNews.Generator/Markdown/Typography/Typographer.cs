using System.Text;
using Markdig;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticNews.Generator.Markdown.Typography;

/// <summary>
/// Markdig's SmartyPants set in the site's language: curly quotes and apostrophes, en and em dashes, ellipses, written
/// as characters (not entities) so headlines, standfirsts and captions carry the same text into pages, feeds and JSON-LD.
/// </summary>
public static class Typographer
{
    /// <summary>SmartyPants' marks for the language: the quotes of <see cref="QuoteStyle.For"/>, a lone <c>'</c> as an apostrophe.</summary>
    public static SmartyPantOptions OptionsFor(string? language)
    {
        var quotes = QuoteStyle.For(language);
        var options = new SmartyPantOptions();
        options.Mapping[SmartyPantType.Quote] = "\u2019"; // a quote mark inside or after a word (town's, editors') is an apostrophe
        options.Mapping[SmartyPantType.LeftQuote] = quotes.OpenSingle;
        options.Mapping[SmartyPantType.RightQuote] = quotes.CloseSingle;
        options.Mapping[SmartyPantType.LeftDoubleQuote] = quotes.OpenDouble;
        options.Mapping[SmartyPantType.RightDoubleQuote] = quotes.CloseDouble;
        options.Mapping[SmartyPantType.LeftAngleQuote] = "\u00AB";
        options.Mapping[SmartyPantType.RightAngleQuote] = "\u00BB";
        options.Mapping[SmartyPantType.Ellipsis] = "\u2026";
        options.Mapping[SmartyPantType.Dash2] = "\u2013";
        options.Mapping[SmartyPantType.Dash3] = "\u2014";
        return options;
    }

    /// <summary>A pipeline that only sets typography, for one line of plain text at a time.</summary>
    public static MarkdownPipeline PlainTextPipeline(string? language) =>
        Use(new MarkdownPipelineBuilder(), language).Build();

    /// <summary>Adds SmartyPants in the language's marks and the apostrophe inside words to a pipeline.</summary>
    public static MarkdownPipelineBuilder Use(MarkdownPipelineBuilder builder, string? language)
    {
        builder.UseSmartyPants(OptionsFor(language));
        builder.Extensions.AddIfNotAlready<ApostropheExtension>();
        return builder;
    }

    /// <summary>
    /// Plain text (a headline, a standfirst, a caption) with typographic punctuation. Every other Markdown character
    /// is escaped, and each line starts after a letter, so nothing in the text can become a list, a link or emphasis.
    /// </summary>
    public static string? Apply(string? text, MarkdownPipeline pipeline, SmartyPantOptions options)
    {
        if (string.IsNullOrEmpty(text) || !text.AsSpan().ContainsAny("'\"-.")) return text;
        return string.Join("\n", text.Split('\n').Select(line => ApplyToLine(line, pipeline, options)));
    }

    private static string ApplyToLine(string line, MarkdownPipeline pipeline, SmartyPantOptions options)
    {
        var escaped = new StringBuilder("x", line.Length * 2);
        foreach (var c in line)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '\'' or '"' or '-' or '.' || c > '~' || char.IsWhiteSpace(c)) escaped.Append(c);
            else if (IsAsciiPunctuation(c)) escaped.Append('\\').Append(c);
            else escaped.Append(c);
        }
        var document = Markdig.Markdown.Parse(escaped.ToString(), pipeline);
        if (document.FirstOrDefault() is not ParagraphBlock { Inline: { } inlines }) return line;
        var result = new StringBuilder(line.Length + 8);
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case LiteralInline literal: result.Append(literal.Content.AsSpan()); break;
                case SmartyPant mark: result.Append(options.Mapping[mark.Type]); break;
                default: return line;
            }
        }
        // Markdown drops the spaces at a line's end; the text keeps its own.
        return ApostropheExtension.Set(result.ToString(1, result.Length - 1)) + line[line.TrimEnd().Length..];
    }

    private static bool IsAsciiPunctuation(char c) => c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~';
}
