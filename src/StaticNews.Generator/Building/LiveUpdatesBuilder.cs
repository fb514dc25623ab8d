using System.Globalization;
using System.Text.RegularExpressions;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Markdown.LiveBlog;
using StaticNews.Model;

namespace StaticNews.Generator.Building;

/// <summary>
/// Validates a live article's update headings into <see cref="LiveUpdate"/>s, newest first: each time read in the site's
/// time zone, in order, unique, not after the build clock, and each author known. Problems are reported at the heading.
/// </summary>
public sealed partial class LiveUpdatesBuilder(
    SiteConfig config, IReadOnlyDictionary<string, Author> authors, FlawedNames flawed, BuildOptions options, DiagnosticBag diagnostics)
{
    public const string Syntax = "## 14:05 | Headline | author-slug (headline and author optional; ## 2026-12-03 00:15 after midnight)";

    [GeneratedRegex(@"^(?:(?<date>\d{4}-\d{2}-\d{2})[ T])?(?<hour>\d{1,2}):(?<minute>\d{2})\s*(?:\|(?<headline>[^|]*)(?:\|(?<author>[^|]*))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    /// <param name="html">The rendered HTML of each section, in file order.</param>
    public IReadOnlyList<LiveUpdate> Build(Article article, string path, IReadOnlyList<UpdateSection> sections, IReadOnlyList<string> html)
    {
        var updates = new List<LiveUpdate>();
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(article.PublishedAt, config.TimeZone).DateTime);
        DateTimeOffset? previous = null;
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            if (Time(section, day, path) is not { } parsed) continue;
            var (time, headline, authorSlug) = parsed;
            day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time, config.TimeZone).DateTime);
            Author? author = null;
            // An author already reported in authors.yml is not reported again at every update that names them.
            if (authorSlug is not null && !authors.TryGetValue(authorSlug, out author) && !flawed.Authors.Contains(authorSlug))
                diagnostics.Error(Codes.UnknownUpdateAuthor, path, section.Line, section.Column,
                    $"the update at {Clock(time)} names the author '{authorSlug}', who is not in authors.yml. Add them there or correct the slug.");
            if (time > options.Now && !options.IncludeFuture)
                diagnostics.Error(Codes.UpdateInFuture, path, section.Line, section.Column,
                    $"the update at {Local(time)} is later than the build clock ({Local(options.Now)}). Correct its time, or wait until then to publish it.");
            if (previous is { } before && time == before)
                diagnostics.Error(Codes.DuplicateUpdateTime, path, section.Line, section.Column,
                    $"two updates are at {Clock(time)}, so they would share one address. Give this one the minute it was written, or merge the two.");
            else if (previous is { } earlier && time < earlier)
                diagnostics.Error(Codes.UpdateOutOfOrder, path, section.Line, section.Column,
                    $"the update at {Clock(time)} comes after the one at {Clock(earlier)}: updates are written oldest first, each new one at the end. "
                    + "Move it up to its place, or write its date if it is after midnight (## 2026-12-03 00:15).");
            if (article.Live?.EndedAt is { } ended && time > ended)
                diagnostics.Error(Codes.UpdateAfterEnd, path, section.Line, section.Column,
                    $"the update at {Local(time)} is after live_ended ({Local(ended)}); readers are told coverage has ended. Move live_ended later, or remove the update.");
            previous = previous is { } last && last > time ? last : time;
            updates.Add(new LiveUpdate(Id(time), time, headline, author, html[i]));
        }
        return updates.OrderByDescending(u => u.Time).ThenBy(u => u.Id, StringComparer.Ordinal).ToList();
    }

    private (DateTimeOffset Time, string? Headline, string? Author)? Time(UpdateSection section, DateOnly day, string path)
    {
        var match = Heading().Match(section.Heading);
        var hour = match.Success ? int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture) : -1;
        var minute = match.Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) : -1;
        if (match.Groups["date"].Success)
        {
            if (DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var written)) day = written;
            else hour = -1;
        }
        if (hour is < 0 or > 23 || minute is < 0 or > 59 || day.Year is < IsoDate.FirstYear or > IsoDate.LastYear)
        {
            diagnostics.Error(Codes.InvalidUpdateTime, path, section.Line, section.Column,
                $"'{section.Heading}' does not start with a time of day. Write an update heading as {Syntax}.");
            return null;
        }
        var local = day.ToDateTime(new TimeOnly(hour, minute));
        var time = new DateTimeOffset(local, config.TimeZone.GetUtcOffset(local));
        var headline = match.Groups["headline"].Value.Trim();
        var author = match.Groups["author"].Value.Trim();
        return (time, headline.Length > 0 ? headline : null, author.Length > 0 ? author : null);
    }

    /// <summary>The update's anchor, e.g. "update-20261202-1405": its minute in the site's time zone.</summary>
    public string Id(DateTimeOffset time) =>
        "update-" + TimeZoneInfo.ConvertTime(time, config.TimeZone).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);

    private string Clock(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, config.TimeZone).ToString("HH:mm", CultureInfo.InvariantCulture);

    private string Local(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, config.TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
