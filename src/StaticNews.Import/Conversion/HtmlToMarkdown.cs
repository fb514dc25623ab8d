using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StaticNews.Import.Conversion;

/// <summary>
/// Turns a body of HTML into Markdown with AngleSharp's parser: headings, paragraphs, lists, quotes, tables, code,
/// links, pictures with captions, galleries and embeds. Nothing passes through as HTML: what has no Markdown form is
/// left out and reported through the scope, with the reason. One instance per run; it holds no state between calls.
/// </summary>
public sealed partial class HtmlToMarkdown
{
    private readonly HtmlParser parser = new();

    /// <summary>Elements whose content is never text of the article.</summary>
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "object", "embed", "applet", "form", "input", "button", "select",
        "textarea", "video", "audio", "canvas", "svg", "math", "frameset", "frame", "link", "meta", "base",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "figure", "h1", "h2", "h3", "h4",
        "h5", "h6", "ul", "ol", "blockquote", "pre", "table", "hr", "iframe", "dl", "address", "center", "details",
    };

    public string Convert(string html, IConversionScope scope)
    {
        var document = parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var depth = DepthOf(document.Body!);
        if (depth > MaxDepth)
        {
            // The conversion recurses per level and Markdown that deep fails the build, so hostile nesting becomes text.
            scope.Report(StaticNews.Generator.Diagnostics.Codes.ImportDroppedContent,
                $"the body's HTML is nested {depth} levels deep (more than {MaxDepth}); its text was kept as one plain paragraph, without links or pictures.");
            foreach (var element in document.Body!.QuerySelectorAll("script, style, noscript, template").ToList()) element.Remove();
            return MarkdownText.GuardLineStarts(MarkdownText.Escape(document.Body!.TextContent).Trim()) + "\n";
        }
        var blocks = Blocks(document.Body!, scope);
        return string.Join("\n\n", blocks).Trim() + "\n";
    }

    /// <summary>Elements nested deeper than this are not converted: no real article needs it, and Markdown that deep fails the build.</summary>
    public const int MaxDepth = 48;

    /// <summary>The deepest nesting of elements below <paramref name="root"/>, found without recursion.</summary>
    private static int DepthOf(IElement root)
    {
        var deepest = 0;
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in element.Children) stack.Push((child, depth + 1));
        }
        return deepest;
    }

    /// <summary>The text of an HTML fragment, without markup (summaries, titles).</summary>
    public string PlainText(string html)
    {
        var document = parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        foreach (var element in document.Body!.QuerySelectorAll("script, style, noscript, template").ToList()) element.Remove();
        return MarkdownText.Plain(document.Body.TextContent);
    }

    private static bool IsBlock(INode node) => node is IElement element && BlockElements.Contains(element.LocalName);

    private static void ReportHandlers(IElement element, IConversionScope scope)
    {
        foreach (var attribute in element.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)))
            scope.Report(StaticNews.Generator.Diagnostics.Codes.ImportDroppedContent,
                $"the {attribute.Name} event handler on <{element.LocalName}> was left out: scripts do not run on a StaticNews page.");
    }
}
