using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticNews.Generator.Markdown.Typography;

/// <summary>
/// Sets a straight <c>'</c> after a letter or digit (town's, editors', 1990's) as the apostrophe ’: Markdig's SmartyPants
/// leaves one inside a word as typed, which put straight apostrophes beside curly quotes in one paragraph.
/// </summary>
public sealed class ApostropheExtension : IMarkdownExtension
{
    public const char Apostrophe = '\u2019';

    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += SetApostrophes;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void SetApostrophes(MarkdownDocument document)
    {
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            if (literal.Content.IndexOf('\'') < 0) continue;
            var before = (literal.PreviousSibling as LiteralInline)?.Content is { Length: > 0 } previous ? previous[previous.End] : ' ';
            var text = Set(literal.Content.ToString(), before);
            literal.Content = new Markdig.Helpers.StringSlice(text);
        }
    }

    /// <param name="before">The character just before <paramref name="text"/>, or a space.</param>
    public static string Set(string text, char before = ' ')
    {
        if (!text.Contains('\'')) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var previous = i == 0 ? before : chars[i - 1];
            if (chars[i] == '\'' && char.IsLetterOrDigit(previous)) chars[i] = Apostrophe;
        }
        return new string(chars);
    }
}
