using System.Text.RegularExpressions;

namespace StaticNews.Import.MarkdownSites;

/// <summary>Dates as Hugo and Jekyll write them ("2024-03-05 10:00:00 +0100", "2024-03-05T10:00:00Z") in the ISO 8601 form StaticNews reads.</summary>
public static partial class IsoDates
{
    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2})(:\d{2})?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Date();

    public static string? Normalize(string? text)
    {
        if (text is null || Date().Match(text.Trim()) is not { Success: true } match) return null;
        if (!DateOnly.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", out _)) return null;
        if (!match.Groups[2].Success) return match.Groups[1].Value;
        var offset = match.Groups[4].Value;
        if (offset.Length == 5) offset = offset[..3] + ":" + offset[3..];
        return $"{match.Groups[1].Value}T{match.Groups[2].Value}{(match.Groups[3].Success ? match.Groups[3].Value : ":00")}{offset}";
    }
}
