using System.Text.Json;
using System.Text.Json.Serialization;
using StaticNews.Generator.Building;
using StaticNews.Model;
using StaticNews.Theme;

namespace StaticNews.Generator.Publishing;

/// <summary>
/// <c>updates.json</c> beside each live article's page: its updates, newest first, which the theme's live.js polls to
/// offer new ones without a reload. A function of the article alone, so it changes only when an update does.
/// </summary>
public static class LiveUpdatesFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public sealed record Document(string Url, bool Ended, string? EndedAt, string? Updated, IReadOnlyList<Entry> Updates);

    /// <param name="Time">Machine-readable, with the site's offset; <paramref name="TimeText"/> is "14:05" as the page prints it.</param>
    public sealed record Entry(string Id, string Time, string TimeText, string? Headline, EntryAuthor? Author, string Html);

    public sealed record EntryAuthor(string Name, string Url);

    /// <summary>Each live article's file, in article order.</summary>
    public static IEnumerable<(string Path, byte[] Bytes)> Write(Site site) =>
        site.Articles
            .Where(a => a.Live is not null)
            .Select(a => (UrlPaths.FileOf(UrlPaths.Article(a.Section.Slug, a.Slug))[..^"index.html".Length] + LiveCoverage.UpdatesFile, Write(site.Config, a)));

    public static byte[] Write(SiteConfig config, Article article)
    {
        var live = article.Live!;
        var document = new Document(
            article.Url,
            live.HasEnded,
            live.EndedAt is { } ended ? Display.MachineDate(config, ended) : null,
            live.Latest is { } latest ? Display.MachineDate(config, latest.Time) : null,
            live.Updates.Select(u => new Entry(
                u.Id, Display.MachineDate(config, u.Time), Display.Time(config, u.Time), u.Headline,
                u.Author is { } author ? new EntryAuthor(author.Name, author.Url) : null, u.Html)).ToList());
        return JsonSerializer.SerializeToUtf8Bytes(document, Options);
    }
}
