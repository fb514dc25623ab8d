using System.Text.RegularExpressions;
using StaticNews.Generator.Diagnostics;

namespace StaticNews.Import.MarkdownSites;

/// <summary>Takes what must not reach a page out of a Markdown body: scripts, event handlers and javascript: links, each reported.</summary>
public static partial class MarkdownBody
{
    [GeneratedRegex(@"<script\b.*?</script\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Script();

    [GeneratedRegex(@"\[([^\]]*)\]\(\s*(?:javascript|vbscript|data):[^)]*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnsafeLink();

    [GeneratedRegex(@"\s(on[a-z]+)\s*=\s*(""[^""]*""|'[^']*'|[^\s>]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Handler();

    [GeneratedRegex(@"<(div|span|iframe|figure|table|p|a|img|video|audio|center|font)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();

    public static string Clean(string body, Action<string, string> report)
    {
        body = Script().Replace(body, _ =>
        {
            report(Codes.ImportDroppedContent, "a <script> was left out: scripts do not run on a StaticNews page.");
            return "";
        });
        body = Handler().Replace(body, match =>
        {
            report(Codes.ImportDroppedContent, $"the {match.Groups[1].Value} event handler was left out: scripts do not run on a StaticNews page.");
            return "";
        });
        body = UnsafeLink().Replace(body, match =>
        {
            report(Codes.ImportDroppedContent, $"the unsafe link on '{match.Groups[1].Value}' was left out (its text is kept): only http(s), mailto: and tel: links are safe.");
            return match.Groups[1].Value;
        });
        if (HtmlTag().Match(body) is { Success: true } tag)
            report(Codes.ImportDroppedContent, $"the body holds raw HTML (<{tag.Groups[1].Value}> and maybe more); StaticNews shows it as text unless site.yml sets raw_html: true. Rewrite it in Markdown.");
        return body.Trim() + "\n";
    }
}
