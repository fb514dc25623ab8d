using StaticNews.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StaticNews.Generator.Loading;

/// <summary>
/// Refuses YAML whose shape could exhaust memory or the stack before it is deserialized: aliases (which can
/// expand exponentially, "billion laughs") and nesting deeper than any settings file needs. Reads events only,
/// without recursion, so the check itself is safe on any input; the events it read are kept for the reader.
/// Every scalar (keys included) is also checked against <see cref="TextCharacters"/>: each refused character is
/// reported and the YAML gives null, so no value holding one reaches a page, a feed or the article cache.
/// </summary>
public static class YamlShape
{
    public const int MaxDepth = 32;

    /// <summary>The YAML's events when it has no alias and no deep nesting; otherwise reports the first such place and gives null.</summary>
    /// <exception cref="YamlException">The text is not valid YAML.</exception>
    public static YamlEvents? ReadPlain(YamlText yaml, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(yaml.Text));
        // Room for a usual front matter's events from the start: growing the list was a tenth of this scan.
        var events = new List<ParsingEvent>(64);
        var depth = 0;
        var refused = false;
        while (parser.MoveNext())
        {
            events.Add(parser.Current!);
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    Report(yaml, diagnostics, alias.Start, Codes.YamlAlias,
                        $"the alias '*{alias.Value}' repeats another value; aliases are not allowed here. Write the value out in full");
                    return null;
                case MappingStart or SequenceStart when ++depth > MaxDepth:
                    Report(yaml, diagnostics, parser.Current.Start, Codes.YamlTooDeep,
                        $"values are nested more than {MaxDepth} levels deep. Use plain fields, lists and at most a few levels of mappings");
                    return null;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
                case Scalar scalar when TextCharacters.IndexOfRefused(scalar.Value) >= 0:
                    Report(yaml, diagnostics, scalar.Start, Codes.RefusedCharacter,
                        $"the value '{TextCharacters.Printable(scalar.Value)}' holds {TextCharacters.Describe(scalar.Value, TextCharacters.IndexOfRefused(scalar.Value))}, which no page, feed or " +
                        "sitemap may contain. Remove it (it often comes with text pasted from a word processor); tab and line breaks are fine");
                    refused = true;
                    break;
            }
        }
        return refused ? null : new YamlEvents(events);
    }

    private static void Report(YamlText yaml, DiagnosticBag diagnostics, Mark start, string code, string message) =>
        diagnostics.Error(code, yaml.DisplayPath, yaml.FirstLine + (int)start.Line - 1, (int)start.Column, message + ".");
}
