using System.Text;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticNews.Generator.Markdown.StoryElements;

namespace StaticNews.Generator.Markdown;

/// <summary>
/// The words of a parsed article as plain text, one line per paragraph or heading (story elements as <see cref="StoryElementText"/>
/// gives them), without markup or code blocks.
/// </summary>
public static class PlainText
{
    private const int KeptCapacity = 1 << 16;

    // Each thread reuses one builder and walking stack: every article of a build passes through here.
    [ThreadStatic] private static StringBuilder? threadText;
    [ThreadStatic] private static Stack<Block>? threadBlocks;
    [ThreadStatic] private static Stack<Inline>? threadInlines;

    /// <summary>Walks the tree in document order (as Markdig's Descendants does), without recursion.</summary>
    public static string Of(MarkdownDocument document)
    {
        var text = threadText ??= new StringBuilder();
        var blocks = threadBlocks ??= new Stack<Block>();
        var inlines = threadInlines ??= new Stack<Inline>();
        text.Clear();
        blocks.Clear();
        for (var i = document.Count - 1; i >= 0; i--) blocks.Push(document[i]);
        while (blocks.TryPop(out var block))
        {
            if (block is StoryElementBlock { Element: { } element }) text.Append(StoryElementText.Of(element));
            if (block is ContainerBlock container)
            {
                for (var i = container.Count - 1; i >= 0; i--) blocks.Push(container[i]);
                continue;
            }
            if (block is YamlFrontMatterBlock or CodeBlock || block is not LeafBlock { Inline: { } root }) continue;
            inlines.Clear();
            for (var child = root.LastChild; child is not null; child = child.PreviousSibling) inlines.Push(child);
            while (inlines.TryPop(out var inline))
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
                if (inline is not ContainerInline children) continue;
                for (var child = children.LastChild; child is not null; child = child.PreviousSibling) inlines.Push(child);
            }
            text.Append('\n');
        }
        var result = text.ToString();
        if (text.Capacity > KeptCapacity) threadText = null;
        return result;
    }
}
