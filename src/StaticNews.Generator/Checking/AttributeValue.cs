using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using Markdig.Helpers;

namespace StaticNews.Generator.Checking;

/// <summary>
/// Turns an attribute value as the page writes it into the value a browser reads: character references decoded, NUL
/// replaced, line breaks normalised. Follows the HTML tokenizer's rules for references inside attributes, quirks
/// included, so the link check sees the very address the reader's browser follows.
/// </summary>
internal static class AttributeValue
{
    /// <summary>The longest reference name the tokenizer reads before it looks the name up.</summary>
    private const int LongestName = 31;

    private static readonly SearchValues<char> NeedsDecoding = SearchValues.Create("&\0\r");

    /// <summary>The named references HTML also accepts without a closing semicolon (for pages older than HTML 4).</summary>
    private static readonly HashSet<string> LegacyNames = new(StringComparer.Ordinal)
    {
        "AElig", "AMP", "Aacute", "Acirc", "Agrave", "Aring", "Atilde", "Auml", "COPY", "Ccedil", "ETH", "Eacute", "Ecirc",
        "Egrave", "Euml", "GT", "Iacute", "Icirc", "Igrave", "Iuml", "LT", "Ntilde", "Oacute", "Ocirc", "Ograve", "Oslash",
        "Otilde", "Ouml", "QUOT", "REG", "THORN", "Uacute", "Ucirc", "Ugrave", "Uuml", "Yacute", "aacute", "acirc", "acute",
        "aelig", "agrave", "amp", "aring", "atilde", "auml", "brvbar", "ccedil", "cedil", "cent", "copy", "curren", "deg",
        "divide", "eacute", "ecirc", "egrave", "eth", "euml", "frac12", "frac14", "frac34", "gt", "iacute", "icirc", "iexcl",
        "igrave", "iquest", "iuml", "laquo", "lt", "macr", "micro", "middot", "nbsp", "not", "ntilde", "oacute", "ocirc",
        "ograve", "ordf", "ordm", "oslash", "otilde", "ouml", "para", "plusmn", "pound", "quot", "raquo", "reg", "sect", "shy",
        "sup1", "sup2", "sup3", "szlig", "thorn", "times", "uacute", "ucirc", "ugrave", "uml", "uuml", "yacute", "yen", "yuml",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Legacy = LegacyNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What numeric references to C1 controls stand for: the characters Windows-1252 puts there.</summary>
    private const string Windows1252 =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    /// <summary>The value itself when it holds nothing to decode (nearly always), else a decoded copy.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ReadOnlySpan<char> Decode(ReadOnlySpan<char> raw)
    {
        if (!raw.ContainsAny(NeedsDecoding)) return raw;
        var decoded = new StringBuilder(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            switch (raw[i])
            {
                case '&':
                    i = AppendReference(raw, i + 1, decoded);
                    break;
                case '\0':
                    decoded.Append('\uFFFD');
                    i++;
                    break;
                case '\r':
                    decoded.Append('\n');
                    i += i + 1 < raw.Length && raw[i + 1] == '\n' ? 2 : 1;
                    break;
                default:
                    decoded.Append(raw[i]);
                    i++;
                    break;
            }
        }
        return decoded.ToString();
    }

    /// <summary>Decodes the reference after an ampersand at <paramref name="start"/>; returns where reading goes on.</summary>
    private static int AppendReference(ReadOnlySpan<char> raw, int start, StringBuilder decoded)
    {
        if (start == raw.Length || raw[start] is ' ' or '\t' or '\n' or '\r' or '\f' or '<' or '&')
        {
            decoded.Append('&');
            return start;
        }
        return raw[start] == '#' ? AppendNumeric(raw, start, decoded) : AppendNamed(raw, start, decoded);
    }

    private static int AppendNumeric(ReadOnlySpan<char> raw, int start, StringBuilder decoded)
    {
        var i = start + 1;
        var hex = i < raw.Length && raw[i] is 'x' or 'X';
        if (hex) i++;
        var digits = i;
        var number = 0;
        // Wraps around on overflow, as the tokenizer's own arithmetic does.
        for (; i < raw.Length && (hex ? char.IsAsciiHexDigit(raw[i]) : char.IsAsciiDigit(raw[i])); i++)
            number = unchecked(number * (hex ? 16 : 10) + HexValue(raw[i]));
        if (i == digits)
        {
            decoded.Append('&');
            return start;
        }
        if (i < raw.Length && raw[i] == ';') i++;
        decoded.Append(number switch
        {
            0 => "\uFFFD",
            0x0D => "\r",
            >= 0x80 and <= 0x9F => Windows1252[number - 0x80].ToString(),
            < 0 or (>= 0xD800 and <= 0xDFFF) or > 0x10FFFF => "\uFFFD",
            _ => char.ConvertFromUtf32(number),
        });
        return i;
    }

    /// <summary>
    /// A name with its semicolon, else the longest legacy name it starts with, unless that is followed by '=' or a letter
    /// or digit (then the ampersand is text). A lone "&amp;;" loses its semicolon, as it does in the tokenizer.
    /// </summary>
    private static int AppendNamed(ReadOnlySpan<char> raw, int start, StringBuilder decoded)
    {
        var end = start;
        while (end < raw.Length && end - start < LongestName && IsNameCharacter(raw[end])) end++;
        var name = raw[start..end];
        if (end < raw.Length && raw[end] == ';')
        {
            if (name.IsEmpty)
            {
                decoded.Append('&');
                return end + 1;
            }
            var withSemicolon = EntityHelper.DecodeEntity(name);
            if (!string.IsNullOrEmpty(withSemicolon))
            {
                decoded.Append(withSemicolon);
                return end + 1;
            }
        }
        for (var length = name.Length; length > 0; length--)
        {
            if (!Legacy.TryGetValue(name[..length], out var legacyName)) continue;
            var next = start + length;
            if (next < raw.Length && raw[next] == ';')
            {
                decoded.Append(EntityHelper.DecodeEntity(legacyName));
                return next + 1;
            }
            if (next < raw.Length && (raw[next] == '=' || char.IsAsciiLetterOrDigit(raw[next]))) break;
            decoded.Append(EntityHelper.DecodeEntity(legacyName));
            return next;
        }
        decoded.Append('&');
        return start;
    }

    private static bool IsNameCharacter(char c) => c >= 0x80 || char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
