using System.Runtime.CompilerServices;

namespace StaticNews.Generator.Checking;

/// <summary>
/// Reads the references of a page (href, src, every srcset candidate, poster) in document order, as an HTML tokenizer
/// sees them: values decoded, and nothing counted inside comments or the raw text of script, style, title, textarea and
/// their kin. A scanner of our own because tokenizing every page with an HTML library was most of the link check's time;
/// it follows the tokenizer state by state, including its handling of malformed markup, so it finds the same references.
/// Its hot methods are compiled fully optimized at once: a build runs the check once, too briefly for tiered compilation.
/// </summary>
[SkipLocalsInit]
internal ref partial struct HtmlReferenceReader(ReadOnlySpan<char> html)
{
    private readonly ReadOnlySpan<char> html = html;
    private int position;
    private TagReferences tag;
    private Attribute first;
    private Attribute second;
    private int reported = 2;
    private ReadOnlySpan<char> srcset;

    /// <summary>The next reference, trimmed; it may be empty. Valid until the next call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Read(out ReadOnlySpan<char> reference)
    {
        while (true)
        {
            if (NextCandidate(out reference)) return true;
            if (reported < 2)
            {
                var attribute = reported++ == 0 ? first : second;
                if (attribute.Length == 0) continue;
                var value = AttributeValue.Decode(html.Slice(attribute.Start, attribute.Length));
                if (reported == 2 && tag == TagReferences.SrcAndSrcset) srcset = value;
                else
                {
                    reference = value.Trim();
                    return true;
                }
            }
            else if (!NextTag()) return false;
        }
    }

    /// <summary>The next candidate of a srcset list: each comma-separated entry, trimmed, up to its first space.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool NextCandidate(out ReadOnlySpan<char> candidate)
    {
        while (!srcset.IsEmpty)
        {
            var comma = srcset.IndexOf(',');
            var entry = (comma < 0 ? srcset : srcset[..comma]).Trim();
            srcset = comma < 0 ? [] : srcset[(comma + 1)..];
            if (entry.IsEmpty) continue;
            var space = entry.IndexOf(' ');
            candidate = space < 0 ? entry : entry[..space];
            return true;
        }
        candidate = default;
        return false;
    }

    /// <summary>Moves past the next start tag that carries references; false at the end of the page.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool NextTag()
    {
        var s = html;
        while (true)
        {
            // Tags often follow one another; only text needs a search.
            var open = position < s.Length ? (s[position] == '<' ? 0 : s[position..].IndexOf('<')) : -1;
            if (open < 0) return false;
            var next = position + open + 1;
            if (next == s.Length) return false;
            var c = s[next];
            if (char.IsAsciiLetter(c))
            {
                if (!ReadTag(next, isStart: true)) return false;
                if (first.Found || second.Found) return true;
            }
            else if (c == '/') SkipEndTag(next + 1);
            else if (c == '!') SkipMarkupDeclaration(next + 1);
            // A processing instruction is a bogus comment to HTML.
            else if (c == '?') SkipPast('>', next);
            else position = next;
            if (position >= s.Length) return false;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SkipEndTag(int start)
    {
        if (start == html.Length) position = start;
        else if (char.IsAsciiLetter(html[start])) ReadTag(start, isStart: false);
        else if (html[start] == '>') position = start + 1;
        else SkipPast('>', start);
    }

    /// <summary>
    /// Reads a tag from its name to its '>'; for a start tag notes its reference attributes and skips the raw text that
    /// follows it. False when the page ends inside the tag, which then never counts.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadTag(int nameStart, bool isStart)
    {
        var s = html;
        var i = nameStart;
        while (i < s.Length && !IsSpace(s[i]) && s[i] is not '/' and not '>') i++;
        Span<char> lowered = stackalloc char[MaxNameLength];
        var name = isStart ? Lowered(s[nameStart..i], lowered) : [];
        tag = References(name);
        first = second = default;
        position = i < html.Length ? ReadAttributes(i) : -1;
        if (position < 0)
        {
            first = second = default;
            position = html.Length;
            return false;
        }
        reported = 0;
        if (isStart) SkipRawText(name);
        return true;
    }

    /// <summary>Follows the attribute states from just after the tag name; returns the index past '>' or -1 at the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ReadAttributes(int i)
    {
        // A local copy of the span lets the JIT keep it in registers and drop bounds checks.
        var s = html;
        while (true)
        {
            // Before an attribute name.
            i = SkipSpaces(s, i);
            if (i == s.Length) return -1;
            if (s[i] == '>') return i + 1;
            if (s[i] == '/')
            {
                // A self-closing slash: '>' ends the tag; anything else is read again as the start of a name.
                while (i < s.Length && s[i] == '/') i++;
                if (i == s.Length) return -1;
                if (s[i] == '>') return i + 1;
                continue;
            }
            var nameStart = i++;
            while (i < s.Length && !IsSpace(s[i]) && s[i] is not '/' and not '>' and not '=') i++;
            if (i == s.Length) return -1;
            var slot = tag == TagReferences.None ? 0 : Slot(s[nameStart..i]);
            // After the name: a value may follow once spaces are skipped.
            var afterName = i;
            i = SkipSpaces(s, i);
            if (i == s.Length) return -1;
            if (s[i] != '=')
            {
                Note(slot, i, 0);
                // No value: the name ended the attribute; a '/' or '>' is read again in the states before a name.
                if (s[afterName] is '/' or '>') i = afterName;
                continue;
            }
            i = SkipSpaces(s, i + 1);
            if (i == s.Length) return -1;
            var quote = s[i];
            if (quote == '>')
            {
                Note(slot, i, 0);
                return i + 1;
            }
            if (quote is '"' or '\'')
            {
                var close = s[(i + 1)..].IndexOf(quote);
                if (close < 0) return -1;
                Note(slot, i + 1, close);
                // After a quoted value anything but a space, '/' or '>' starts the next name straight away.
                i += close + 2;
                continue;
            }
            var valueStart = i;
            while (i < s.Length && !IsSpace(s[i]) && s[i] != '>') i++;
            if (i == s.Length) return -1;
            Note(slot, valueStart, i - valueStart);
        }
    }

    private static int SkipSpaces(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && IsSpace(s[i])) i++;
        return i;
    }

    private void Note(int slot, int start, int length)
    {
        if (slot == 0) return;
        // Of repeated attributes the first counts.
        if (slot == 1 && !first.Found) first = new Attribute(start, length);
        else if (slot == 2 && !second.Found) second = new Attribute(start, length);
    }

    /// <summary>Which of the tag's two reference slots an attribute fills: 1, 2, or 0 for none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Slot(ReadOnlySpan<char> attributeName)
    {
        Span<char> lowered = stackalloc char[MaxNameLength];
        var name = Lowered(attributeName, lowered);
        return name switch
        {
            "href" when tag == TagReferences.Href => 1,
            "src" when tag != TagReferences.Href => 1,
            "srcset" when tag == TagReferences.SrcAndSrcset => 2,
            "poster" when tag == TagReferences.SrcAndPoster => 2,
            _ => 0,
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static TagReferences References(ReadOnlySpan<char> tagName) => tagName switch
    {
        "a" or "area" or "link" => TagReferences.Href,
        "img" or "source" => TagReferences.SrcAndSrcset,
        "video" => TagReferences.SrcAndPoster,
        "script" or "iframe" or "audio" or "track" or "embed" => TagReferences.Src,
        _ => TagReferences.None,
    };

    private const int MaxNameLength = 10;

    /// <summary>The name in ASCII lower case, or empty when it is too long or not ASCII (then it is none we look for).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<char> Lowered(ReadOnlySpan<char> name, Span<char> buffer)
    {
        if (name.Length > buffer.Length) return [];
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c >= 0x80) return [];
            buffer[i] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }
        return buffer[..name.Length];
    }

    private void SkipPast(char c, int from)
    {
        var found = from < html.Length ? html[from..].IndexOf(c) : -1;
        position = found < 0 ? html.Length : from + found + 1;
    }

    private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\r' or '\f';

    private enum TagReferences : byte { None, Href, Src, SrcAndSrcset, SrcAndPoster }

    /// <summary>Where an attribute's value stands in the page; no value starts at 0, so default means absent.</summary>
    private readonly record struct Attribute(int Start, int Length)
    {
        public bool Found => Start > 0;
    }
}
