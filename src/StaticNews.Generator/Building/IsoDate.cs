using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticNews.Generator.Building;

/// <summary>Reads ISO 8601 dates as editors write them: a day, a local time, or a time with an offset.</summary>
public static partial class IsoDate
{
    public const string Examples = "2026-03-18, 2026-03-18T09:30 or 2026-03-18T09:30:00+01:00";

    /// <summary>
    /// The years a date may have. Far enough for any archive, and far from the ends of <see cref="DateTimeOffset"/>,
    /// where applying a time zone (0001-01-01 in Asia/Tokyo is in year 0 in UTC) or adding a day would overflow.
    /// </summary>
    public const int FirstYear = 1000, LastYear = 9998;

    /// <summary>The rule every date follows, for messages.</summary>
    public const string Rule = "an ISO 8601 date from the year 1000 to 9998";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?<offset>Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso8601();

    /// <summary>Parses <paramref name="text"/>; a date or time without an offset is read in <paramref name="zone"/>.</summary>
    public static bool TryParse(string? text, TimeZoneInfo zone, out DateTimeOffset value)
    {
        value = default;
        var match = text is null ? Match.Empty : Iso8601().Match(text.Trim());
        if (!match.Success || int.Parse(text!.AsSpan().Trim()[..4], CultureInfo.InvariantCulture) is < FirstYear or > LastYear) return false;
        var styles = DateTimeStyles.AllowWhiteSpaces;
        if (match.Groups["offset"].Success)
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out value);
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, styles, out var local)) return false;
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        value = new DateTimeOffset(local, zone.GetUtcOffset(local));
        return true;
    }
}
