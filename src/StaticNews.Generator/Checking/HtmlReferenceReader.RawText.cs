using System.Runtime.CompilerServices;
using System.Text;

namespace StaticNews.Generator.Checking;

/// <summary>The parts of a page that hold no tags: comments, and the text of script, style, title, textarea and their kin.</summary>
internal ref partial struct HtmlReferenceReader
{
    /// <summary>What script data reads past the last character.</summary>
    private const int End = -1;

    /// <summary>After "&lt;!": a comment, or a doctype or bogus comment, which ends at the first '>'.</summary>
    private void SkipMarkupDeclaration(int start)
    {
        if (html[start..].StartsWith("--")) SkipComment(start + 2);
        else SkipPast('>', start);
    }

    /// <summary>A comment ends at "-->" or "--!>"; "&lt;!-->" and "&lt;!--->" end at once.</summary>
    private void SkipComment(int start)
    {
        var rest = html[start..];
        if (rest.StartsWith(">")) position = start + 1;
        else if (rest.StartsWith("->")) position = start + 2;
        else
        {
            var from = start;
            while (true)
            {
                var dashes = html[from..].IndexOf("--");
                if (dashes < 0)
                {
                    position = html.Length;
                    return;
                }
                var after = html[(from + dashes + 2)..];
                if (after.StartsWith(">") || after.StartsWith("!>"))
                {
                    position = from + dashes + (after[0] == '>' ? 3 : 4);
                    return;
                }
                from += dashes + 1;
            }
        }
    }

    /// <summary>Moves to the end tag that closes the raw text a start tag opens, if it opens any.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SkipRawText(scoped ReadOnlySpan<char> tagName)
    {
        switch (tagName)
        {
            case "script":
                position = ScriptEnd(position);
                break;
            case "style" or "textarea" or "title" or "xmp" or "iframe" or "noembed" or "noframes":
                position = RawTextEnd(position, tagName);
                break;
            case "plaintext":
                position = html.Length;
                break;
        }
    }

    /// <summary>The '&lt;' of the first "&lt;/name" followed by a space, '/' or '>', or the end of the page.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int RawTextEnd(int from, scoped ReadOnlySpan<char> tagName)
    {
        while (true)
        {
            var found = html[from..].IndexOf("</");
            if (found < 0) return html.Length;
            var open = from + found;
            if (ClosesWith(open + 2, tagName)) return open;
            from = open + 1;
        }
    }

    private bool ClosesWith(int nameStart, scoped ReadOnlySpan<char> tagName)
    {
        var nameEnd = nameStart + tagName.Length;
        return nameEnd < html.Length && Ascii.EqualsIgnoreCase(html[nameStart..nameEnd], tagName) && IsNameEnd(html[nameEnd]);
    }

    /// <summary>
    /// The '&lt;' of the "&lt;/script" that ends script data, or the end of the page. Script data knows escapes: after
    /// "&lt;!--", a "&lt;script" makes the next "&lt;/script" part of the text. The states and their order are the tokenizer's.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ScriptEnd(int start)
    {
        var i = start;
        var state = ScriptState.Normal;
        var open = 0;
        var nameStart = 0;
        var c = Next(ref i);
        while (true)
        {
            switch (state)
            {
                case ScriptState.Normal:
                    if (c == End) return html.Length;
                    if (c == '<')
                    {
                        open = i - 1;
                        state = ScriptState.OpenTag;
                        continue;
                    }
                    // Only '<' leaves this state; jump to it.
                    c = NextOf('<', '<', ref i);
                    break;
                case ScriptState.OpenTag:
                    c = Next(ref i);
                    state = c switch { '/' => ScriptState.EndTag, '!' => ScriptState.StartEscape, _ => ScriptState.Normal };
                    break;
                case ScriptState.StartEscape:
                    c = Next(ref i);
                    state = c == '-' ? ScriptState.StartEscapeDash : ScriptState.Normal;
                    break;
                case ScriptState.StartEscapeDash:
                    c = Next(ref i);
                    state = c == '-' ? ScriptState.EscapedDashDash : ScriptState.Normal;
                    break;
                case ScriptState.EndTag:
                    c = Next(ref i);
                    nameStart = i - 1;
                    while (IsLetter(c))
                    {
                        c = Next(ref i);
                        if (IsScriptName(nameStart, i - 1, c)) return open;
                    }
                    state = ScriptState.Normal;
                    break;
                case ScriptState.Escaped:
                    switch (c)
                    {
                        case '-':
                            c = Next(ref i);
                            state = ScriptState.EscapedDash;
                            continue;
                        case '<':
                            open = i - 1;
                            c = Next(ref i);
                            state = ScriptState.EscapedOpenTag;
                            continue;
                        case End:
                            return html.Length;
                        default:
                            c = NextOf('-', '<', ref i);
                            continue;
                    }
                case ScriptState.EscapedDash:
                    switch (c)
                    {
                        case '-':
                            state = ScriptState.EscapedDashDash;
                            continue;
                        case '<':
                            open = i - 1;
                            c = Next(ref i);
                            state = ScriptState.EscapedOpenTag;
                            continue;
                        case End:
                            return html.Length;
                        default:
                            c = Next(ref i);
                            state = ScriptState.Escaped;
                            continue;
                    }
                case ScriptState.EscapedDashDash:
                    c = Next(ref i);
                    switch (c)
                    {
                        case '-':
                            break;
                        case '<':
                            open = i - 1;
                            c = Next(ref i);
                            state = ScriptState.EscapedOpenTag;
                            break;
                        case '>':
                            c = Next(ref i);
                            state = ScriptState.Normal;
                            break;
                        case End:
                            return html.Length;
                        default:
                            c = Next(ref i);
                            state = ScriptState.Escaped;
                            break;
                    }
                    break;
                case ScriptState.EscapedOpenTag:
                    if (c == '/')
                    {
                        c = Next(ref i);
                        state = ScriptState.EscapedEndTag;
                    }
                    else if (IsLetter(c))
                    {
                        nameStart = i - 1;
                        state = ScriptState.StartDoubleEscape;
                    }
                    else state = ScriptState.Escaped;
                    break;
                case ScriptState.EscapedEndTag:
                    nameStart = i - 1;
                    state = IsLetter(c) ? ScriptState.EscapedNameEndTag : ScriptState.Escaped;
                    break;
                case ScriptState.EscapedNameEndTag:
                    c = Next(ref i);
                    if (IsScriptName(nameStart, i - 1, c)) return open;
                    if (!IsLetter(c)) state = ScriptState.Escaped;
                    break;
                case ScriptState.StartDoubleEscape:
                    c = Next(ref i);
                    if (i - 1 - nameStart == ScriptName.Length && IsNameEnd(c))
                    {
                        var isScript = IsScript(nameStart);
                        c = Next(ref i);
                        state = isScript ? ScriptState.EscapedDouble : ScriptState.Escaped;
                    }
                    else if (!IsLetter(c)) state = ScriptState.Escaped;
                    break;
                case ScriptState.EscapedDouble:
                    switch (c)
                    {
                        case '-':
                            c = Next(ref i);
                            state = ScriptState.EscapedDoubleDash;
                            continue;
                        case '<':
                            c = Next(ref i);
                            state = ScriptState.EscapedDoubleOpenTag;
                            continue;
                        case End:
                            return html.Length;
                        default:
                            c = NextOf('-', '<', ref i);
                            continue;
                    }
                case ScriptState.EscapedDoubleDash:
                    switch (c)
                    {
                        case '-':
                            state = ScriptState.EscapedDoubleDashDash;
                            continue;
                        case '<':
                            c = Next(ref i);
                            state = ScriptState.EscapedDoubleOpenTag;
                            continue;
                        case End:
                            return html.Length;
                        default:
                            state = ScriptState.EscapedDouble;
                            continue;
                    }
                case ScriptState.EscapedDoubleDashDash:
                    c = Next(ref i);
                    switch (c)
                    {
                        case '-':
                            break;
                        case '<':
                            c = Next(ref i);
                            state = ScriptState.EscapedDoubleOpenTag;
                            break;
                        case '>':
                            c = Next(ref i);
                            state = ScriptState.Normal;
                            break;
                        case End:
                            return html.Length;
                        default:
                            c = Next(ref i);
                            state = ScriptState.EscapedDouble;
                            break;
                    }
                    break;
                case ScriptState.EscapedDoubleOpenTag:
                    if (c == '/')
                    {
                        nameStart = i;
                        state = ScriptState.EndDoubleEscape;
                    }
                    else state = ScriptState.EscapedDouble;
                    break;
                case ScriptState.EndDoubleEscape:
                    c = Next(ref i);
                    if (i - 1 - nameStart == ScriptName.Length && IsNameEnd(c))
                    {
                        var isScript = IsScript(nameStart);
                        c = Next(ref i);
                        state = isScript ? ScriptState.Escaped : ScriptState.EscapedDouble;
                    }
                    else if (!IsLetter(c)) state = ScriptState.EscapedDouble;
                    break;
            }
        }
    }

    private const string ScriptName = "script";

    /// <summary>Whether the letters from nameStart up to nameEnd spell "script" and the character after them ends a tag name.</summary>
    private bool IsScriptName(int nameStart, int nameEnd, int after) =>
        nameEnd - nameStart == ScriptName.Length && IsNameEnd(after) && IsScript(nameStart);

    private bool IsScript(int nameStart) => Ascii.EqualsIgnoreCase(html.Slice(nameStart, ScriptName.Length), ScriptName);

    private int Next(ref int i) => i < html.Length ? html[i++] : End;

    /// <summary>Reads on to the next of two characters, the only ones that change the state the scanner is in.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int NextOf(char one, char other, ref int i)
    {
        var found = i < html.Length ? html[i..].IndexOfAny(one, other) : -1;
        if (found < 0)
        {
            i = html.Length;
            return End;
        }
        i += found;
        return html[i++];
    }

    private static bool IsLetter(int c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static bool IsNameEnd(int c) => c is ' ' or '\n' or '\t' or '\r' or '\f' or '/' or '>';

    private enum ScriptState : byte
    {
        Normal, OpenTag, EndTag, StartEscape, StartEscapeDash, Escaped, EscapedDash, EscapedDashDash, EscapedOpenTag,
        EscapedEndTag, EscapedNameEndTag, StartDoubleEscape, EscapedDouble, EscapedDoubleDash, EscapedDoubleDashDash,
        EscapedDoubleOpenTag, EndDoubleEscape,
    }
}
