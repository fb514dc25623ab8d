using StaticNews.Generator.Loading;
using StaticNews.Model;

namespace StaticNews.Generator.Building;

/// <summary>
/// Names that exist in the input but have errors of their own: sections and authors declared with a mistake, articles
/// that could not be built. Their mistake is reported once, where it is; a reference to one of them is not reported
/// again as missing, so one mistake gives one error, at its cause.
/// </summary>
public sealed record FlawedNames(IReadOnlySet<string> Sections, IReadOnlySet<string> Authors, IReadOnlySet<string> Articles)
{
    public static readonly FlawedNames None = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

    /// <summary>Sections and authors written in the settings files that did not make it into the site's settings.</summary>
    public static FlawedNames InSettings(SiteFileDto site, SiteConfig config, IEnumerable<AuthorDto>? authors, IReadOnlyDictionary<string, Author> valid) => new(
        Declared(site.Sections?.Select(s => s?.Slug)).Except(config.Sections.Select(s => s.Slug)).ToHashSet(StringComparer.Ordinal),
        Declared(authors?.Select(a => a?.Slug)).Except(valid.Keys).ToHashSet(StringComparer.Ordinal),
        new HashSet<string>());

    /// <summary>These names plus the slugs of articles that exist as files but have errors instead of an article.</summary>
    public FlawedNames WithArticles(IEnumerable<string> slugs) =>
        this with { Articles = Articles.Concat(slugs).ToHashSet(StringComparer.Ordinal) };

    private static IEnumerable<string> Declared(IEnumerable<string?>? slugs) =>
        (slugs ?? []).Select(s => s?.Trim() ?? "").Where(s => s.Length > 0);
}
