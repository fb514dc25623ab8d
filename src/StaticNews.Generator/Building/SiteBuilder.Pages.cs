using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Generator.Markdown;
using StaticNews.Model;

namespace StaticNews.Generator.Building;

/// <summary>Static pages: their front matter, the addresses they may not take, and their bodies.</summary>
public sealed partial class SiteBuilder
{
    /// <summary>Each page file that validates, with whether it is a draft; address collisions are reported at the slug's line.</summary>
    private List<(SourceDocument Document, StaticPage Page, bool IsDraft)> ValidatePages(IEnumerable<SourceDocument> documents, SiteConfig config)
    {
        var builder = new StaticPageBuilder(config, diagnostics);
        var pages = new List<(SourceDocument, StaticPage, bool)>();
        foreach (var document in documents)
            if (builder.Build(document, out var isDraft) is { } page) pages.Add((document, page, isDraft));

        var sections = config.Sections.Select(s => s.Slug).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (document, page, _) in pages)
        {
            var line = document.FrontMatter.LineOf("slug");
            var taken = UrlPaths.Reserved.Contains(page.Slug) ? $"the address of the site's own {page.Slug}/ pages"
                : sections.Contains(page.Slug) ? $"the address of the section '{page.Slug}'"
                : !owners.TryAdd(page.Slug, document.DisplayPath) ? $"also the slug of {owners[page.Slug]}"
                : null;
            if (taken is not null)
                diagnostics.Error(Codes.PageAddressTaken, document.DisplayPath, line, 1,
                    $"page slug '{page.Slug}' is {taken}, so one page would replace the other. Give the page another slug: (or rename the file).");
        }
        return pages;
    }

    /// <summary>The published pages with their bodies, ordered by slug; drafts only with --drafts.</summary>
    private static List<StaticPage> RenderPages(
        IEnumerable<(SourceDocument Document, StaticPage Page, bool IsDraft)> pages, BodyRenderer bodies, BuildOptions options) =>
        pages
            .Where(x => !x.IsDraft || options.IncludeDrafts)
            .Select(x => x.Page with { BodyHtml = bodies.Render(x.Document.Markdown, x.Document.Parts, x.Document.DisplayPath) })
            .OrderBy(page => page.Slug, StringComparer.Ordinal)
            .ToList();
}
