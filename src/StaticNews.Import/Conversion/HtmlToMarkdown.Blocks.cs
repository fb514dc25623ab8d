using System.Text;
using AngleSharp.Dom;
using StaticNews.Generator.Diagnostics;

namespace StaticNews.Import.Conversion;

public sealed partial class HtmlToMarkdown
{
    /// <summary>The Markdown blocks of an element's children; runs of inline content become paragraphs.</summary>
    private List<string> Blocks(INode parent, IConversionScope scope)
    {
        var blocks = new List<string>();
        var inline = new StringBuilder();
        void Flush()
        {
            var paragraph = inline.ToString().Trim().Replace("\\\n ", "\\\n");
            inline.Clear();
            if (paragraph.Length == 0 || paragraph == "\\") return;
            blocks.Add(ParagraphOrEmbed(paragraph));
        }

        foreach (var node in parent.ChildNodes)
        {
            if (!IsBlock(node) && !(node is IElement e && Dropped.Contains(e.LocalName)))
            {
                inline.Append(Inline(node, scope));
                continue;
            }
            Flush();
            blocks.AddRange(Block((IElement)node, scope));
        }
        Flush();
        return blocks;
    }

    /// <summary>A paragraph that is only an address on an embeddable platform is an embed, as WordPress shows it.</summary>
    private static string ParagraphOrEmbed(string paragraph)
    {
        var unescaped = paragraph.Replace("\\", "");
        if (!unescaped.Contains(' ') && Embeds.IsEmbeddable(unescaped)) return Embeds.Block(unescaped);
        if (paragraph.StartsWith('[') && paragraph.EndsWith(')') && LinkOnly(paragraph) is { } url && Embeds.IsEmbeddable(url)) return Embeds.Block(url);
        return MarkdownText.GuardLineStarts(paragraph);
    }

    /// <summary>The address of a paragraph that is one link whose text is the address itself, as WordPress autolinks it.</summary>
    private static string? LinkOnly(string paragraph)
    {
        var split = paragraph.IndexOf("](", StringComparison.Ordinal);
        if (split < 0) return null;
        var text = paragraph[1..split].Replace("\\", "");
        var url = paragraph[(split + 2)..^1];
        return text == url ? url : null;
    }

    private IEnumerable<string> Block(IElement element, IConversionScope scope)
    {
        ReportHandlers(element, scope);
        var name = element.LocalName;
        if (Dropped.Contains(name))
        {
            if (name is not ("link" or "meta" or "base"))
                scope.Report(Codes.ImportDroppedContent, $"a <{name}> element was left out: {WhyDropped(name)}.");
            return [];
        }
        switch (name)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                var level = Math.Max(2, name[1] - '0');
                var heading = InlineChildren(element, scope).Trim();
                return heading.Length == 0 ? [] : [new string('#', level) + " " + heading.Replace("\n", " ")];
            case "ul" or "ol":
                return [List(element, scope)];
            case "blockquote":
                return [Quote(element, scope)];
            case "pre":
                return [Code(element.TextContent)];
            case "table":
                return [Table(element, scope)];
            case "hr":
                return ["---"];
            case "iframe":
                return Frame(element, scope);
            case "figure":
                return Figure(element, scope);
            default:
                return Blocks(element, scope);
        }
    }

    private static string WhyDropped(string name) => name switch
    {
        "script" or "noscript" => "scripts do not run on a StaticNews page",
        "style" => "styles come from the theme",
        "video" or "audio" => "StaticNews has no story element for a media file yet; link to it or embed it from a platform",
        "form" or "input" or "button" or "select" or "textarea" => "forms need a server",
        _ => "it has no Markdown form",
    };

    private IEnumerable<string> Frame(IElement frame, IConversionScope scope)
    {
        var src = frame.GetAttribute("src") ?? "";
        if (Embeds.FromPlayer(src) is { } url) return [Embeds.BlockOrLink(url)];
        scope.Report(Codes.ImportDroppedContent, $"an <iframe> from '{src}' was left out: it is not a platform the embed element knows.");
        return [];
    }

    private IEnumerable<string> Figure(IElement figure, IConversionScope scope)
    {
        var classes = figure.ClassName ?? "";
        if (classes.Contains("wp-block-embed", StringComparison.Ordinal))
        {
            var wrapper = figure.QuerySelector(".wp-block-embed__wrapper")?.TextContent.Trim() ?? "";
            if (Embeds.IsEmbeddable(wrapper)) return [Embeds.Block(wrapper)];
        }
        if (classes.Contains("gallery", StringComparison.Ordinal))
        {
            scope.Report(Codes.ImportGallery, "a gallery became its pictures one after another, each with its caption.");
            var pictures = figure.QuerySelectorAll("figure").Where(f => f.QuerySelector("img") is not null).ToList();
            if (pictures.Count == 0) return figure.QuerySelectorAll("img").Select(img => Picture(img, null, scope)).ToList();
            var blocks = pictures.SelectMany(f => Figure(f, scope)).ToList();
            if (figure.Children.FirstOrDefault(c => c.LocalName == "figcaption") is { } galleryCaption
                && InlineChildren(galleryCaption, scope).Trim() is { Length: > 0 } text) blocks.Add("*" + text + "*");
            return blocks;
        }
        var images = figure.QuerySelectorAll("img").ToList();
        var caption = figure.QuerySelector("figcaption");
        if (images.Count == 1 && figure.QuerySelector("blockquote, table, iframe") is null)
            return [Picture(images[0], caption is null ? null : InlineChildren(caption, scope).Trim(), scope)];
        return Blocks(figure, scope);
    }

    /// <summary>A picture as its own paragraph and its caption, in italics, as the paragraph after it.</summary>
    private string Picture(IElement img, string? caption, IConversionScope scope)
    {
        var picture = Image(img, scope);
        return string.IsNullOrWhiteSpace(caption) ? picture : picture + "\n\n*" + caption.Replace("\n", " ") + "*";
    }

    private string List(IElement list, IConversionScope scope)
    {
        var ordered = list.LocalName == "ol";
        var lines = new List<string>();
        var number = int.TryParse(list.GetAttribute("start"), out var start) ? start : 1;
        foreach (var item in list.Children.Where(c => c.LocalName == "li"))
        {
            ReportHandlers(item, scope);
            var marker = ordered ? $"{number++}. " : "- ";
            var body = string.Join("\n\n", Blocks(item, scope));
            if (body.Length == 0) body = ordered ? "\\" : "";
            var indent = new string(' ', marker.Length);
            var itemLines = body.Split('\n');
            lines.Add(marker + itemLines[0]);
            lines.AddRange(itemLines.Skip(1).Select(line => line.Length == 0 ? "" : indent + line));
        }
        return string.Join("\n", lines);
    }

    private string Quote(IElement quote, IConversionScope scope)
    {
        var body = string.Join("\n\n", Blocks(quote, scope));
        return string.Join("\n", body.Split('\n').Select(line => line.Length == 0 ? ">" : "> " + line));
    }

    private static string Code(string text)
    {
        var fence = "```";
        while (text.Contains(fence, StringComparison.Ordinal)) fence += "`";
        return fence + "\n" + text.Trim('\n') + "\n" + fence;
    }

    private string Table(IElement table, IConversionScope scope)
    {
        var rows = table.QuerySelectorAll("tr")
            .Where(row => row.Closest("table") == table)
            .Select(row => row.Children.Where(c => c.LocalName is "td" or "th")
                .Select(cell => InlineChildren(cell, scope).Replace("\n", " ").Trim()).ToList())
            .Where(cells => cells.Count > 0)
            .ToList();
        if (rows.Count == 0) return "";
        var width = rows.Max(r => r.Count);
        static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";
        var lines = new List<string> { Row(Pad(rows[0], width)), Row(Enumerable.Repeat("---", width)) };
        lines.AddRange(rows.Skip(1).Select(r => Row(Pad(r, width))));
        return string.Join("\n", lines);
    }

    private static IEnumerable<string> Pad(List<string> cells, int width) => cells.Concat(Enumerable.Repeat("", width - cells.Count));
}
