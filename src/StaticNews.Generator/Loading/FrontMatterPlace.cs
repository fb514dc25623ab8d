using Markdig.Extensions.Yaml;

namespace StaticNews.Generator.Loading;

/// <summary>
/// Where an article's front matter sits in its text, as Markdig found it: each YAML line's start and length, the
/// file line of the first one, and where the body starts. Enough to cut the YAML out of the same text again without parsing.
/// </summary>
public sealed record FrontMatterPlace(int[] LineStarts, int[] LineLengths, int FirstLine, int BodyStart)
{
    /// <summary>The place of <paramref name="block"/>, or null when its lines are not plain slices of <paramref name="text"/>.</summary>
    public static FrontMatterPlace? Of(YamlFrontMatterBlock block, string text, string yaml)
    {
        var lines = block.Lines;
        var starts = new int[lines.Count];
        var lengths = new int[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var slice = lines.Lines[i].Slice;
            if (!ReferenceEquals(slice.Text, text)) return null;
            (starts[i], lengths[i]) = (slice.Start, slice.Length);
        }
        var place = new FrontMatterPlace(starts, lengths, block.Line + 2, Math.Min(text.Length, block.Span.End + 1));
        // Only a place that gives back exactly the YAML Markdig gave is kept, so a reuse can never read different YAML.
        return string.Equals(place.Yaml(text), yaml, StringComparison.Ordinal) ? place : null;
    }

    /// <summary>The front matter's YAML, lines joined by '\n' as Markdig joins them.</summary>
    public string Yaml(string text) =>
        string.Join('\n', LineStarts.Select((start, i) => text.Substring(start, LineLengths[i])));
}
