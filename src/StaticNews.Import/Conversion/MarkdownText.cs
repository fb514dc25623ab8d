using System.Text;
using System.Text.RegularExpressions;

namespace StaticNews.Import.Conversion;

/// <summary>Escaping that makes text from HTML read as the same text in Markdown, never as markup.</summary>
public static partial class MarkdownText
{
    [GeneratedRegex(@"^(\s*)([#>+=|-]|\d+(?=[.)]))", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex LineStartMarker();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    /// <summary>Plain text with every character Markdown would read as markup escaped; whitespace runs become one space.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        var collapsed = Whitespace().Replace(text, " ");
        for (var i = 0; i < collapsed.Length; i++)
        {
            var c = collapsed[i];
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '~' or '|') builder.Append('\\');
            else if (c == '&' && i + 1 < collapsed.Length && (char.IsAsciiLetterOrDigit(collapsed[i + 1]) || collapsed[i + 1] == '#')) builder.Append('\\');
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Escapes what would start a heading, quote, list or thematic break at the start of a paragraph's lines.</summary>
    public static string GuardLineStarts(string paragraph) =>
        LineStartMarker().Replace(paragraph, match => match.Groups[2].Value.Length > 0 && char.IsAsciiDigit(match.Groups[2].Value[0])
            ? match.Value + "\\"
            : match.Groups[1].Value + "\\" + match.Groups[2].Value);

    /// <summary>A link or picture target that Markdown reads back unchanged: spaces, brackets and parentheses percent-encoded.</summary>
    public static string Url(string url) => url.Trim()
        .Replace(" ", "%20").Replace("(", "%28").Replace(")", "%29").Replace("<", "%3C").Replace(">", "%3E")
        .Replace("\n", "").Replace("\r", "");

    /// <summary>Plain text for front matter and alt text: entities decoded, whitespace collapsed, trimmed.</summary>
    public static string Plain(string text) => Whitespace().Replace(text, " ").Trim();
}
