using System.Globalization;
using StaticNews.Model;

namespace StaticNews.Theme;

/// <summary>How dates and times read on the page: in the newsroom's time zone and language, never the machine's.</summary>
public static class Display
{
    public static DateTimeOffset InSiteZone(SiteConfig config, DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, config.TimeZone);

    /// <summary>"18 March 2023".</summary>
    public static string Date(SiteConfig config, DateTimeOffset moment) =>
        InSiteZone(config, moment).ToString("d MMMM yyyy", Culture(config));

    /// <summary>"14:05": the time of day in the site's time zone, as live blogs print it.</summary>
    public static string Time(SiteConfig config, DateTimeOffset moment) =>
        InSiteZone(config, moment).ToString("HH:mm", CultureInfo.InvariantCulture);
    /// <summary>
    /// "18 March 2023, 09:30 UTC" in the site's zone, named by its offset (time zone abbreviations are neither unique nor
    /// in .NET). A story dated without a time (midnight to the second) shows only its date.
    /// </summary>
    public static string DateAndTime(SiteConfig config, DateTimeOffset moment)
    {
        var local = InSiteZone(config, moment);
        if (local.TimeOfDay == TimeSpan.Zero) return Date(config, moment);
        return $"{Date(config, moment)}, {Time(config, moment)} {Offset(local.Offset)}";
    }

    /// <summary>"UTC", "UTC+1", "UTC+5:30", "UTC−3".</summary>
    private static string Offset(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero) return "UTC";
        var sign = offset < TimeSpan.Zero ? "\u2212" : "+";
        var size = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{size.Hours}{(size.Minutes == 0 ? "" : $":{size.Minutes:00}")}");
    }

    /// <summary>The machine-readable form for <c>&lt;time datetime&gt;</c>, with the site's offset.</summary>
    public static string MachineDate(SiteConfig config, DateTimeOffset moment) =>
        InSiteZone(config, moment).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string ReadTime(int minutes) => string.Create(CultureInfo.InvariantCulture, $"{minutes} MIN READ");

    /// <summary>"A. Writer, B. Writer and C. Writer".</summary>
    public static string Names(IReadOnlyList<Author> authors) => authors.Count switch
    {
        0 => "",
        1 => authors[0].Name,
        _ => string.Join(", ", authors.Take(authors.Count - 1).Select(a => a.Name)) + " and " + authors[^1].Name,
    };

    private static CultureInfo Culture(SiteConfig config)
    {
        try
        {
            return CultureInfo.GetCultureInfo(config.Language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
