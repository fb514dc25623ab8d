using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using StaticNews.Generator.Diagnostics;
using StaticNews.Import.Conversion;

namespace StaticNews.Import.WordPress;

/// <summary>
/// Makes a post's stored text into HTML as WordPress would show it: shortcodes ([caption], [embed], [gallery]) become
/// the elements they stand for, others are reported and left out; classic-editor text gets paragraphs (wpautop).
/// Block-editor markup is HTML already; its block comments are ignored by the parser.
/// </summary>
public static partial class WordPressBody
{
    [GeneratedRegex(@"\[caption([^\]]*)\](.*?)\[/caption\]", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Caption();

    [GeneratedRegex(@"^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(.*)$", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionParts();

    [GeneratedRegex(@"\[embed[^\]]*\](.*?)\[/embed\]", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Embed();

    [GeneratedRegex(@"\[gallery([^\]]*)\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Gallery();

    [GeneratedRegex(@"\bids\s*=\s*[""']?([0-9,\s]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GalleryIds();

    /// <summary>Any other shortcode: an opening tag with attributes or a closing tag elsewhere, e.g. [contact-form id="3"].</summary>
    [GeneratedRegex(@"\[(/?)([A-Za-z][A-Za-z0-9_-]*)(\s[^\]]*)?\]", RegexOptions.CultureInvariant)]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"\n\s*\n", RegexOptions.CultureInvariant)]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^<(p|div|h[1-6]|ul|ol|li|blockquote|table|thead|tbody|tr|figure|pre|hr|iframe|script|style|form|dl|address|section|article|aside|header|footer|nav|details|!--)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartsWithBlock();

    /// <summary>Shortcodes WordPress itself registers that have no StaticNews form (media players).</summary>
    private static readonly HashSet<string> CoreShortcodes = new(StringComparer.OrdinalIgnoreCase) { "audio", "video", "playlist", "wp_caption" };

    public static bool IsBlockEditor(string content) => content.Contains("<!-- wp:", StringComparison.Ordinal);

    public static string ToHtml(string content, IReadOnlyDictionary<int, WxrItem> attachmentsById, IConversionScope scope)
    {
        var html = content.Replace("\r\n", "\n");
        html = Caption().Replace(html, match =>
        {
            var parts = CaptionParts().Match(match.Groups[2].Value);
            return parts.Success
                ? $"<figure>{parts.Groups[1].Value}<figcaption>{parts.Groups[2].Value.Trim()}</figcaption></figure>"
                : match.Groups[2].Value;
        });
        html = Embed().Replace(html, match => $"\n\n<p>{WebUtility.HtmlEncode(match.Groups[1].Value.Trim())}</p>\n\n");
        html = Gallery().Replace(html, match => GalleryHtml(match.Groups[1].Value, attachmentsById, scope));
        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        html = Shortcode().Replace(html, match =>
        {
            var name = match.Groups[2].Value;
            var closing = match.Groups[1].Value.Length > 0;
            // "[sic]" and "[not a link]" are prose: a shortcode has attributes (key=value), a closing tag, or a core name.
            var isShortcode = closing || match.Groups[3].Value.Contains('=') || CoreShortcodes.Contains(name)
                || html.Contains($"[/{name}]", StringComparison.OrdinalIgnoreCase);
            if (!isShortcode) return match.Value;
            if (!closing && reported.Add(name))
                scope.Report(Codes.ImportUnknownShortcode, $"the shortcode [{name}] has no StaticNews equivalent; it was left out (text between its tags is kept).");
            return "";
        });
        return IsBlockEditor(html) ? html : AutoParagraphs(html);
    }

    private static string GalleryHtml(string attributes, IReadOnlyDictionary<int, WxrItem> attachmentsById, IConversionScope scope)
    {
        var ids = GalleryIds().Match(attributes) is { Success: true } match
            ? match.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        var figures = new StringBuilder("\n\n<figure class=\"gallery\">");
        foreach (var id in ids)
        {
            if (!int.TryParse(id, out var number) || !attachmentsById.TryGetValue(number, out var attachment))
            {
                scope.Report(Codes.ImportGallery, $"the gallery names attachment {id}, which is not in the export; that picture is left out.");
                continue;
            }
            var alt = WebUtility.HtmlEncode(attachment.Meta.GetValueOrDefault("_wp_attachment_image_alt", ""));
            figures.Append($"<figure><img src=\"{WebUtility.HtmlEncode(attachment.AttachmentUrl)}\" alt=\"{alt}\"><figcaption>{attachment.Excerpt}</figcaption></figure>");
        }
        if (ids.Length == 0) scope.Report(Codes.ImportGallery, "a [gallery] without ids (the post's attached pictures) was left out; add its pictures by hand.");
        return figures.Append("</figure>\n\n").ToString();
    }

    /// <summary>WordPress's wpautop: text between blank lines is a paragraph, a single line break is a line break.</summary>
    public static string AutoParagraphs(string html) =>
        string.Join("\n\n", BlankLines().Split(html)
            .Select(chunk => chunk.Trim())
            .Where(chunk => chunk.Length > 0)
            .Select(chunk => StartsWithBlock().IsMatch(chunk) ? chunk : "<p>" + chunk.Replace("\n", "<br>\n") + "</p>"));
}
