using System.Buffers;
using System.Globalization;
using System.Text;

namespace StaticNews.Generator.Loading;

/// <summary>
/// What a text field may hold, decided once for every value read from YAML (front matter, site.yml, authors.yml):
/// anything XML 1.0 allows except what is never meant as text. Refused: C0 controls other than tab, line feed and
/// carriage return; DEL and the C1 controls (U+0080–U+009F, mostly mis-decoded Windows-1252 from copy-paste);
/// noncharacters (U+FDD0–U+FDEF and U+xFFFE/U+xFFFF); and lone surrogates. Every page, feed and sitemap is HTML or
/// XML, where these characters are forbidden or meaningless, so they are errors rather than silently dropped text.
/// </summary>
public static class TextCharacters
{
    /// <summary>Printable ASCII: the common case, skipped in one vectorised scan.</summary>
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(
        Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c).Append('\t').Append('\n').Append('\r').ToArray());

    /// <summary>The index of the first refused character of <paramref name="text"/>, or -1 when there is none.</summary>
    public static int IndexOfRefused(ReadOnlySpan<char> text)
    {
        var start = text.IndexOfAnyExcept(PlainAscii);
        if (start < 0) return -1;
        for (var i = start; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text[i..], out var rune, out var used) != OperationStatus.Done || IsRefused(rune)) return i;
            i += used;
        }
        return -1;
    }

    /// <summary>True for the characters no text field may hold (see the type's summary).</summary>
    public static bool IsRefused(Rune rune) => rune.Value switch
    {
        '\t' or '\n' or '\r' => false,
        < 0x20 or (>= 0x7F and <= 0x9F) => true,
        >= 0xFDD0 and <= 0xFDEF => true,
        _ => (rune.Value & 0xFFFE) == 0xFFFE,
    };

    /// <summary>The character at <paramref name="index"/> by its code point and kind, e.g. "U+0007 (a control character)".</summary>
    public static string Describe(ReadOnlySpan<char> text, int index)
    {
        if (Rune.DecodeFromUtf16(text[index..], out var rune, out _) != OperationStatus.Done)
            return $"{CodePoint(text[index])} (half of a surrogate pair, without its other half)";
        var kind = rune.Value switch
        {
            < 0x20 or (>= 0x7F and <= 0x9F) => "a control character",
            _ when IsRefused(rune) => "a noncharacter",
            _ => "a character",
        };
        return $"{CodePoint(rune.Value)} ({kind})";
    }

    /// <summary>
    /// <paramref name="text"/> safe to print on one line of a terminal, a CI log or a JSON string: refused characters,
    /// line breaks and the invisible characters that reorder or hide text (bidi controls, line separators) are written
    /// as &lt;U+XXXX&gt;.
    /// </summary>
    public static string Printable(string text)
    {
        if (text.AsSpan().IndexOfAnyExcept(PlainAscii) < 0 && !text.AsSpan().ContainsAny('\n', '\r')) return text;
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) != OperationStatus.Done)
            {
                builder.Append('<').Append(CodePoint(text[i])).Append('>');
                i++;
                continue;
            }
            if (IsRefused(rune) || IsHiddenFormatting(rune)) builder.Append('<').Append(CodePoint(rune.Value)).Append('>');
            else builder.Append(text, i, used);
            i += used;
        }
        return builder.ToString();
    }

    /// <summary>Line breaks, bidi controls and line/paragraph separators: harmless in a page, misleading in a one-line message.</summary>
    private static bool IsHiddenFormatting(Rune rune) => rune.Value is '\n' or '\r' or 0x061C or 0x200E or 0x200F
        or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) or 0x2028 or 0x2029;

    private static string CodePoint(int value) => "U+" + value.ToString("X4", CultureInfo.InvariantCulture);
}
