using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticNews.Generator.Building;

/// <summary>Reads ISO 8601 dates as editors write them: a day, a local time, or a time with an offset.</summary>
public static partial class IsoDate
{
    public const string Examples = "2026-03-18, 2026-03-18T09:30 or 2026-03-18T09:30:00+01:00";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?<offset>Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso8601();

    /// <summary>Parses <paramref name="text"/>; a date or time without an offset is read in <paramref name="zone"/>.</summary>
    public static bool TryParse(string? text, TimeZoneInfo zone, out DateTimeOffset value)
    {
        value = default;
        var match = text is null ? Match.Empty : Iso8601().Match(text.Trim());
        if (!match.Success) return false;
        var styles = DateTimeStyles.AllowWhiteSpaces;
        if (match.Groups["offset"].Success)
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out value);
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, styles, out var local)) return false;
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        value = new DateTimeOffset(local, zone.GetUtcOffset(local));
        return true;
    }
}
