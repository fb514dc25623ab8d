using System.Text;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticNews.Generator.Markdown;

/// <summary>The words of a parsed article as plain text, one line per paragraph or heading, without markup or code blocks.</summary>
public static class PlainText
{
    public static string Of(MarkdownDocument document)
    {
        var text = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is YamlFrontMatterBlock or CodeBlock || block.Inline is null) continue;
            foreach (var inline in block.Inline.Descendants<Inline>())
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        text.Append(literal.Content.Text, literal.Content.Start, literal.Content.Length);
                        break;
                    case CodeInline code:
                        text.Append(code.Content);
                        break;
                    case LineBreakInline:
                        text.Append(' ');
                        break;
                }
            }
            text.Append('\n');
        }
        return text.ToString();
    }
}
