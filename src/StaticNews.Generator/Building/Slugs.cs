using System.Text;
using System.Text.RegularExpressions;

namespace StaticNews.Generator.Building;

/// <summary>URL-safe names: lowercase ASCII letters, digits and single hyphens, the same on every file system.</summary>
public static partial class Slugs
{
    public const string Rule = "lowercase letters a-z, digits and single hyphens, e.g. port-strike-ends, and not a name Windows reserves (con, nul, com1…)";

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidSlug();

    /// <summary>Names Windows cannot give a file or folder, so a site with them could not be checked out or served there.</summary>
    public static readonly IReadOnlySet<string> WindowsDeviceNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "con", "prn", "aux", "nul",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    public static bool IsValid(string? slug) =>
        slug is { Length: > 0 and <= 120 } && ValidSlug().IsMatch(slug) && !WindowsDeviceNames.Contains(slug);

    /// <summary>A slug for free text such as a tag name: "Climate Policy" → "climate-policy" (culture-invariant).</summary>
    public static string FromText(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if ((char.IsWhiteSpace(c) || c is '-' or '_' or '/' or '.') && builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().Trim('-');
    }
}
