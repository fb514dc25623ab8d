using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace StaticNews.Import.MarkdownSites;

/// <summary>Splits a Hugo or Jekyll file into its YAML front matter and its body. TOML (+++) and JSON front matter are refused with a hint.</summary>
public static partial class FrontMatterReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    [GeneratedRegex(@"\A(?:\uFEFF)?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\z)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex YamlBlock();

    /// <summary>The front matter and body, or an error message.</summary>
    public static (Dictionary<string, object?>? FrontMatter, string Body, int BodyLine, string? Error) Read(string text)
    {
        text = text.Replace("\r\n", "\n");
        if (text.StartsWith("+++", StringComparison.Ordinal))
            return (null, "", 0, "has TOML front matter (+++), which the import does not read. Run `hugo convert toYAML` on a copy of the site first.");
        var match = YamlBlock().Match(text);
        if (!match.Success)
            return (null, "", 0, "has no YAML front matter between --- lines, so it is not a post.");
        try
        {
            var values = Yaml.Deserialize<Dictionary<string, object?>>(match.Groups[1].Value) ?? [];
            var bodyLine = match.Value.Count(c => c == '\n') + 1;
            return (values, text[match.Length..], bodyLine, null);
        }
        catch (YamlException e)
        {
            return (null, "", 0, $"has front matter that is not valid YAML ({e.Message}). Fix it and import again.");
        }
    }
}
