using System.Text;
using Markdig.Extensions.SmartyPants;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticNews.Generator.Markdown.LiveBlog;

/// <summary>
/// Cuts a live article's Markdown at its update headings: a <c>##</c> heading that starts with a time
/// (<c>## 14:05 | Headline | author-slug</c>, or <c>## 2026-12-03 00:15 | …</c>). Other headings stay inside their update.
/// </summary>
public static class LiveBody
{
    public static LiveSections Split(MarkdownDocument document)
    {
        var intro = new List<Block>();
        var updates = new List<UpdateSection>();
        List<Block>? current = null;
        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock) continue;
            if (block is HeadingBlock { Level: 2, Inline: { } inline } heading && TextOf(inline) is var text && LooksLikeTime(text))
            {
                current = [];
                var column = (inline.FirstChild?.Column ?? heading.Column) + 1;
                updates.Add(new UpdateSection(text.Trim(), heading.Line + 1, column, current));
                continue;
            }
            (current ?? intro).Add(block);
        }
        return new LiveSections(intro, updates);
    }

    /// <summary>A heading that starts like a time or a date is meant as an update, so a mistyped one is reported, not shown as a subhead.</summary>
    private static bool LooksLikeTime(string text)
    {
        var t = text.TrimStart();
        var digits = 0;
        while (digits < t.Length && char.IsAsciiDigit(t[digits])) digits++;
        return digits is 1 or 2 && digits < t.Length && t[digits] is ':' or '.' or 'h'
            || digits == 4 && digits < t.Length && t[digits] == '-';
    }

    private static string TextOf(ContainerInline root)
    {
        var text = new StringBuilder();
        Append(text, root);
        return text.ToString();
    }

    private static void Append(StringBuilder text, ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case SmartyPant pant: text.Append(Typographic(pant.Type)); break;
                case ContainerInline children: Append(text, children); break;
            }
        }
    }

    private static string Typographic(SmartyPantType type) => type switch
    {
        SmartyPantType.Quote or SmartyPantType.RightQuote => "\u2019",
        SmartyPantType.LeftQuote => "\u2018",
        SmartyPantType.LeftDoubleQuote => "\u201C",
        SmartyPantType.RightDoubleQuote => "\u201D",
        SmartyPantType.LeftAngleQuote => "\u00AB",
        SmartyPantType.RightAngleQuote => "\u00BB",
        SmartyPantType.Ellipsis => "\u2026",
        SmartyPantType.Dash2 => "\u2013",
        SmartyPantType.Dash3 => "\u2014",
        _ => "",
    };
}
