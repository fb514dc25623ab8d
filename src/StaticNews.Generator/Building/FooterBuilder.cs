using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Model;

namespace StaticNews.Generator.Building;

/// <summary>
/// Resolves site.yml's <c>footer:</c> and <c>corrections_policy:</c> against the site's pages, sections and indexes.
/// Without <c>footer:</c> the footer lists the sections, then the static pages and the indexes, so no page is unreachable.
/// </summary>
/// <param name="drafts">Slugs of static pages held back as drafts: naming one is an error that says so.</param>
/// <param name="flawed">Sections declared with errors: while there are any, an unknown footer name is not a second error.</param>
public sealed class FooterBuilder(
    SiteConfig config, IReadOnlyList<StaticPage> pages, IReadOnlySet<string> drafts, FlawedNames flawed, DiagnosticBag diagnostics)
{
    public const string SectionsTitle = "Sections";
    public const string NewsroomTitle = "The newsroom";
    private static readonly string[] Schemes = ["https://", "http://", "mailto:"];

    public SiteConfig Build(YamlSource<SiteFileDto> file) => config with
    {
        Footer = file.Value.Footer is null ? Default() : Groups(file),
        CorrectionsPolicyUrl = CorrectionsPolicy(file),
    };

    private List<FooterGroup> Default() =>
    [
        new(SectionsTitle, config.Sections.Select(s => new FooterLink(s.Name, s.Url)).ToList()),
        new(NewsroomTitle, pages.Select(p => new FooterLink(p.Title, p.Url)).Concat(new[] { "tags", "authors", "feed" }.Select(name => Named(name)!)).ToList()),
    ];

    private List<FooterGroup> Groups(YamlSource<SiteFileDto> file)
    {
        var line = file.LineOf("footer");
        var groups = new List<FooterGroup>();
        foreach (var group in file.Value.Footer!)
        {
            if (group is null || string.IsNullOrWhiteSpace(group.Title) || group.Links is not { Count: > 0 })
            {
                diagnostics.Error(Codes.InvalidFooter, file.DisplayPath, line, 1,
                    "each footer group needs title: and links:, e.g. - {title: \"About us\", links: [about, contact, corrections]}.");
                continue;
            }
            var links = group.Links.Select(entry => Link(entry, file.DisplayPath, line)).OfType<FooterLink>().ToList();
            groups.Add(new FooterGroup(group.Title.Trim(), links));
        }
        return groups;
    }

    /// <summary>A name (page, section, index) or a map {label, url} whose url is an address or such a name.</summary>
    private FooterLink? Link(object? entry, string path, int line)
    {
        if (entry is string name) return Resolve(name.Trim(), label: null, path, line);
        if (entry is IDictionary<object, object?> map
            && map.TryGetValue("url", out var url) && url is string target && !string.IsNullOrWhiteSpace(target)
            && map.TryGetValue("label", out var label) && label is string words && !string.IsNullOrWhiteSpace(words)
            && map.Keys.All(key => key is "url" or "label"))
            return Resolve(target.Trim(), words.Trim(), path, line);
        diagnostics.Error(Codes.InvalidFooter, path, line, 1,
            "a footer link is a page or section slug, tags, authors, search or feed, or {label: \"Newsletter\", url: \"https://…\"}. Correct the entry.");
        return null;
    }

    private FooterLink? Resolve(string target, string? label, string path, int line)
    {
        if (Schemes.Any(scheme => target.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)))
            return new FooterLink(label ?? target, target);
        if ((Named(target) ?? PageOrSection(target)) is { } found) return found with { Label = label ?? found.Label };
        // While a section declaration has errors, a footer name cannot be judged: it may name the section meant there.
        if (flawed.Sections.Count > 0 && !drafts.Contains(target)) return null;
        var why = drafts.Contains(target) ? $"the page '{target}' is a draft, so it is not published. Publish it, or remove it from footer:"
            : $"footer link '{target}' is not a static page (input/{StaticPageBuilder.Folder}/{target}.md), a section, or one of tags, authors, search, feed. Correct the slug, or write an address as {{label: \"…\", url: \"https://…\"}}";
        diagnostics.Error(Codes.UnknownFooterLink, path, line, 1, why + ".");
        return null;
    }

    private FooterLink? PageOrSection(string slug) =>
        pages.FirstOrDefault(p => p.Slug == slug) is { } page ? new FooterLink(page.Title, page.Url)
        : config.Sections.FirstOrDefault(s => s.Slug == slug) is { } section ? new FooterLink(section.Name, section.Url)
        : null;

    /// <summary>The site's own pages a footer may name; a static page cannot take these slugs.</summary>
    private FooterLink? Named(string name) => name switch
    {
        "tags" => new FooterLink("Topics A–Z", config.BasePath + UrlPaths.TagIndex),
        "authors" => new FooterLink("Our journalists", config.BasePath + UrlPaths.AuthorIndex),
        "search" => new FooterLink("Search", config.BasePath + UrlPaths.SearchFolder + "/"),
        "feed" => new FooterLink("RSS feed", config.BasePath + UrlPaths.FeedFile),
        _ => null,
    };

    private string? CorrectionsPolicy(YamlSource<SiteFileDto> file)
    {
        var slug = file.Value.CorrectionsPolicy?.Trim();
        if (slug is null) return null;
        if (pages.FirstOrDefault(p => p.Slug == slug) is { } page) return page.Url;
        diagnostics.Error(Codes.UnknownCorrectionsPolicy, file.DisplayPath, file.LineOf("corrections_policy"), 1, drafts.Contains(slug)
            ? $"corrections_policy names the page '{slug}', which is a draft, so correction boxes would link to nothing. Publish it, or remove corrections_policy:."
            : $"corrections_policy names '{slug}', which is not a static page. Write the slug of a file in input/{StaticPageBuilder.Folder}/, e.g. corrections_policy: corrections.");
        return null;
    }
}
