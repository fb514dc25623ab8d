using System.Globalization;
using StaticNews.Model;

namespace StaticNews.Generator.Building;

/// <summary>Whether an article is published at the build clock: drafts, scheduled and expired stories appear nowhere.</summary>
public static class Publication
{
    /// <summary>Null when the article is published at <see cref="BuildOptions.Now"/>, else why it is not, e.g. "is a draft".</summary>
    public static string? WhyHidden(Article article, BuildOptions options)
    {
        if (article.IsDraft && !options.IncludeDrafts) return "is a draft";
        if (article.PublishedAt > options.Now && !options.IncludeFuture)
            return $"is scheduled for {Iso(article.PublishedAt)} (pass --future to preview it)";
        if (article.ExpiresAt is { } expires && expires <= options.Now) return $"expired at {Iso(expires)}";
        return null;
    }

    /// <summary>Whether the article is hidden only because it expired: it was published, and came down by itself.</summary>
    public static bool HasExpired(Article article, BuildOptions options) =>
        article.ExpiresAt is { } expires && expires <= options.Now && WhyHidden(article with { ExpiresAt = null }, options) is null;

    /// <summary>
    /// The first moment after <see cref="BuildOptions.Now"/> at which an article appears or expires, or a breaking news
    /// banner or live coverage ends (those count as expiries: the pages change by themselves then).
    /// </summary>
    /// <param name="siteBreaking">site.yml's <c>breaking:</c> entry, if any.</param>
    public static ScheduledChange? NextChange(IEnumerable<Article> articles, BuildOptions options, BreakingEntry? siteBreaking = null) =>
        articles
            .Where(a => !a.IsDraft || options.IncludeDrafts)
            .SelectMany(a => new[]
            {
                a.PublishedAt > options.Now && !options.IncludeFuture ? new ScheduledChange(a.PublishedAt, ScheduledChange.Publish, a.SourcePath) : null,
                a.ExpiresAt is { } expires && expires > options.Now ? new ScheduledChange(expires, ScheduledChange.Expire, a.SourcePath) : null,
                a.BreakingUntil is { } until && until > options.Now ? new ScheduledChange(until, ScheduledChange.Expire, a.SourcePath) : null,
                a.Live?.EndedAt is { } ended && ended > options.Now ? new ScheduledChange(ended, ScheduledChange.Expire, a.SourcePath) : null,
            })
            .Append(siteBreaking is { Banner.EndsAt: var end } && end > options.Now ? new ScheduledChange(end, ScheduledChange.Expire, BreakingBanner.SiteFile) : null)
            .OfType<ScheduledChange>()
            .OrderBy(c => c.At)
            .ThenBy(c => c.SourcePath, StringComparer.Ordinal)
            .ThenBy(c => c.Kind, StringComparer.Ordinal)
            .FirstOrDefault();

    public static string Iso(DateTimeOffset moment) =>
        moment.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
