using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Model;

namespace StaticNews.Generator.Building;

/// <summary>Which breaking news banner the site shows at the build clock: site.yml's entry while it runs, else the newest breaking story's.</summary>
public static class BreakingBanner
{
    /// <summary>The file named as the source of site.yml's banner in the next-change file.</summary>
    public const string SiteFile = "site.yml";

    private const string Example = "breaking: {text: \"Cyclone Mirela makes landfall\", link: world/cyclone-mirela-live/, until: 2026-12-02T23:00}";

    public static BreakingNews? Current(BreakingEntry? site, IReadOnlyList<Article> published, DateTimeOffset now)
    {
        if (site is { Banner: var banner } && banner.EndsAt > now) return banner;
        // Published articles are newest first, so the first breaking one is the newest.
        return published.FirstOrDefault(a => a.BreakingUntil > now) is { } story
            ? new BreakingNews(story.Title, story.Url, story.BreakingUntil!.Value)
            : null;
    }

    /// <summary>The entry of site.yml, or null when there is none or it has errors (reported at its line).</summary>
    public static BreakingEntry? FromSiteFile(YamlSource<SiteFileDto> file, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (file.Value.Breaking is not { } dto) return null;
        var line = file.LineOf("breaking");
        var text = dto.Text?.Trim();
        var sound = true;
        if (string.IsNullOrEmpty(text))
            sound = Error(diagnostics, file, line, $"breaking: needs text: the line the banner shows, e.g. {Example}.");
        DateTimeOffset until = default;
        if (dto.Until is null)
            sound = Error(diagnostics, file, line, $"breaking: needs until: when the banner comes down, e.g. {Example}.");
        else if (!IsoDate.TryParse(dto.Until, config.TimeZone, out until))
            sound = Error(diagnostics, file, line, $"breaking: until '{dto.Until}' is not {IsoDate.Rule}. Write it like {IsoDate.Examples}.");
        string? url = null;
        if (dto.Link?.Trim() is { Length: > 0 } link)
        {
            url = LinkOf(link, config);
            if (url is null)
                sound = Error(diagnostics, file, line, $"breaking: link '{link}' is neither an https address nor a path on this site such as world/cyclone-mirela-live/.");
        }
        return sound ? new BreakingEntry(new BreakingNews(text!, url, until)) : null;
    }

    private static string? LinkOf(string link, SiteConfig config)
    {
        if (link.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            return Uri.TryCreate(link, UriKind.Absolute, out var absolute) ? absolute.AbsoluteUri : null;
        var path = link.TrimStart('/');
        var folder = path.TrimEnd('/');
        return (folder.Length == 0 || InputPaths.IsSafeRelative(folder)) && !path.Contains(':') && !path.Contains('?') ? config.BasePath + path : null;
    }

    private static bool Error(DiagnosticBag diagnostics, YamlSource<SiteFileDto> file, int line, string message)
    {
        diagnostics.Error(Codes.InvalidBreaking, file.DisplayPath, line, 1, message);
        return false;
    }
}
