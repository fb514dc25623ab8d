using System.Text.RegularExpressions;

namespace StaticNews.Import.MarkdownSites;

/// <summary>The arguments of a Hugo shortcode or Liquid tag: positional values and key="value" pairs.</summary>
public sealed partial class ShortcodeArguments
{
    [GeneratedRegex(@"(?:([A-Za-z_][\w-]*)\s*=\s*)?(""[^""]*""|'[^']*'|[^\s""']+)", RegexOptions.CultureInvariant)]
    private static partial Regex Argument();

    private readonly Dictionary<string, string> named = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> positional = [];

    public ShortcodeArguments(string text)
    {
        foreach (Match match in Argument().Matches(text))
        {
            var value = match.Groups[2].Value.Trim('"', '\'');
            if (match.Groups[1].Success) named[match.Groups[1].Value] = value;
            else positional.Add(value);
        }
    }

    /// <summary>The named argument, else the positional one at <paramref name="position"/>.</summary>
    public string? Get(string name, int position = -1) =>
        named.TryGetValue(name, out var value) ? value
        : position >= 0 && position < positional.Count ? positional[position]
        : null;
}
