using System.Text;
using AngleSharp.Dom;
using StaticNews.Generator.Diagnostics;

namespace StaticNews.Import.Conversion;

public sealed partial class HtmlToMarkdown
{
    private string InlineChildren(INode parent, IConversionScope scope)
    {
        var builder = new StringBuilder();
        foreach (var child in parent.ChildNodes)
        {
            // Block content inside an inline place (a paragraph in a table cell or a caption) keeps its text.
            builder.Append(IsBlock(child) ? " " + InlineChildren(child, scope) + " " : Inline(child, scope));
        }
        return builder.ToString();
    }

    private string Inline(INode node, IConversionScope scope)
    {
        if (node is IText text) return MarkdownText.Escape(text.Data);
        if (node is not IElement element) return "";
        ReportHandlers(element, scope);
        var name = element.LocalName;
        if (Dropped.Contains(name))
        {
            if (name is not ("link" or "meta" or "base"))
                scope.Report(Codes.ImportDroppedContent, $"a <{name}> element was left out: {WhyDropped(name)}.");
            return "";
        }
        return name switch
        {
            "strong" or "b" => Wrap("**", InlineChildren(element, scope)),
            "em" or "i" or "cite" => Wrap("*", InlineChildren(element, scope)),
            "code" or "kbd" or "samp" => InlineCode(element.TextContent),
            "br" => "\\\n",
            "a" => Link(element, scope),
            "img" => Image(element, scope),
            _ => InlineChildren(element, scope),
        };
    }

    /// <summary>Emphasis around text, with the spaces at its edges moved outside, where Markdown needs them.</summary>
    private static string Wrap(string marker, string content)
    {
        var trimmed = content.Trim();
        if (trimmed.Length == 0) return content;
        var before = content.Length - content.TrimStart().Length > 0 ? " " : "";
        var after = content.Length - content.TrimEnd().Length > 0 ? " " : "";
        return before + marker + trimmed + marker + after;
    }

    private static string InlineCode(string code)
    {
        code = code.Replace("\n", " ");
        var fence = "`";
        while (code.Contains(fence, StringComparison.Ordinal)) fence += "`";
        var pad = code.StartsWith('`') || code.EndsWith('`') ? " " : "";
        return fence + pad + code + pad + fence;
    }

    private string Link(IElement anchor, IConversionScope scope)
    {
        var text = InlineChildren(anchor, scope);
        var href = anchor.GetAttribute("href")?.Trim();
        if (string.IsNullOrEmpty(href)) return text;
        var scheme = SchemeOf(href);
        if (scheme is not null && scheme is not ("http" or "https" or "mailto" or "tel"))
        {
            scope.Report(Codes.ImportDroppedContent, $"the {scheme}: link on '{MarkdownText.Plain(anchor.TextContent)}' was left out (its text is kept): only http(s), mailto: and tel: links are safe.");
            return text;
        }
        var target = scope.LinkTarget(href);
        if (target is null) return text;
        var label = text.Trim();
        var wrapped = "[" + label.Replace("\n", " ") + "](" + MarkdownText.Url(target) + ")";
        return (text.StartsWith(' ') ? " " : "") + wrapped + (text.EndsWith(' ') && label.Length > 0 ? " " : "");
    }

    private string Image(IElement img, IConversionScope scope)
    {
        var src = img.GetAttribute("src")?.Trim();
        if (string.IsNullOrEmpty(src)) return "";
        if (SchemeOf(src) is { } scheme && scheme is not ("http" or "https"))
        {
            scope.Report(Codes.ImportDroppedContent, $"a picture with a {scheme}: source was left out: pictures are files in the input folder or http(s) addresses.");
            return "";
        }
        var alt = MarkdownText.Escape(MarkdownText.Plain(img.GetAttribute("alt") ?? ""));
        return "![" + alt + "](" + MarkdownText.Url(scope.ImageSource(src)) + ")";
    }

    /// <summary>The scheme a browser would read, ignoring the whitespace and control characters it skips ("java&#9;script:").</summary>
    private static string? SchemeOf(string url)
    {
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = compact.IndexOf(':');
        if (colon <= 0) return null;
        var head = compact[..colon];
        return head.Contains('/') || head.Contains('?') || head.Contains('#') ? null : head.ToLowerInvariant();
    }
}
