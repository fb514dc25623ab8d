using Markdig;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Generator.Markdown;
using StaticNews.Generator.Relating;
using StaticNews.Model;

namespace StaticNews.Generator.Building;

/// <summary>The Build stage: validates loaded content into a <see cref="Site"/> and renders article bodies.</summary>
public sealed class SiteBuilder(MarkdownPipeline pipeline, DiagnosticBag diagnostics)
{
    public Site? Build(LoadedContent content, BuildOptions options)
    {
        if (content.SiteFile is null) return null;
        var config = new SiteConfigBuilder(diagnostics).Build(content.SiteFile, options.BaseUrl);
        if (config is null) return null;
        var authors = new AuthorsBuilder(diagnostics).Build(content.AuthorsFile, config.BasePath);

        var articleBuilder = new ArticleBuilder(config, authors, content.Input, diagnostics);
        var described = content.Documents
            .AsParallel().AsOrdered()
            .Select(document => (Document: document, Article: articleBuilder.Build(document)))
            .Where(x => x.Article is not null && (options.IncludeDrafts || !x.Article.IsDraft))
            .Select(x => (x.Document, Article: x.Article!))
            .ToList();
        ReportDuplicateSlugs(described);

        var published = described.Select(x => x.Article).ToList();
        var targets = published
            .GroupBy(a => a.Slug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new LinkTarget(g.First().Url, g.First().Title), StringComparer.Ordinal);
        ReportUnknownPins(described, targets);
        ReportUnknownExcludes(described, targets);

        var bodies = new BodyRenderer(pipeline, targets, config.BasePath, p => InputPaths.Exists(content.Input, p), diagnostics);
        var profiler = new TextProfiler();
        var articles = described
            .AsParallel().AsOrdered()
            .Select(x => x.Article with
            {
                BodyHtml = bodies.Render(x.Document.Markdown, x.Document.DisplayPath),
                Text = profiler.Profile(x.Article.Title, x.Article.Summary, PlainText.Of(x.Document.Markdown)),
            })
            .OrderByDescending(a => a.PublishedAt)
            .ThenBy(a => a.Slug, StringComparer.Ordinal)
            .ToList();

        return new Site
        {
            Config = config,
            Articles = articles,
            Authors = authors.Values.OrderBy(a => a.Slug, StringComparer.Ordinal).ToList(),
            Tags = articles.SelectMany(a => a.Tags).DistinctBy(t => t.Slug).OrderBy(t => t.Slug, StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>Slugs must differ even ignoring case: case-insensitive hosts would serve one article for both.</summary>
    private void ReportDuplicateSlugs(IEnumerable<(SourceDocument Document, Article Article)> articles)
    {
        foreach (var group in articles.GroupBy(x => x.Article.Slug, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        foreach (var (document, _) in group)
        {
            var others = string.Join(", ", group.Select(x => x.Document.DisplayPath).Where(p => p != document.DisplayPath));
            diagnostics.Error(Codes.DuplicateSlug, document.DisplayPath, document.FrontMatter.LineOf("slug"), 1,
                $"slug '{group.Key}' is also used by {others}. Give one of them another slug: (or rename the file).");
        }
    }

    private void ReportUnknownPins(IEnumerable<(SourceDocument Document, Article Article)> articles, IReadOnlyDictionary<string, LinkTarget> targets)
    {
        foreach (var (document, article) in articles)
        foreach (var pin in article.PinnedRelated.Where(pin => !targets.ContainsKey(pin)))
            diagnostics.Error(Codes.UnknownPin, document.DisplayPath, document.FrontMatter.LineOf("related"), 1,
                $"related article '{pin}' does not exist (or is a draft). Correct the slug or remove it from related:.");
    }

    private void ReportUnknownExcludes(IEnumerable<(SourceDocument Document, Article Article)> articles, IReadOnlyDictionary<string, LinkTarget> targets)
    {
        foreach (var (document, article) in articles)
        {
            var line = document.FrontMatter.LineOf("related_exclude");
            foreach (var slug in article.ExcludedRelated.Where(slug => !targets.ContainsKey(slug)))
                diagnostics.Error(Codes.UnknownExclude, document.DisplayPath, line, 1,
                    $"related_exclude names '{slug}', which does not exist (or is a draft). Correct the slug or remove it from related_exclude:.");
            foreach (var slug in article.ExcludedRelated.Intersect(article.PinnedRelated, StringComparer.Ordinal))
                diagnostics.Warning(Codes.PinnedAndExcluded, document.DisplayPath, line, 1,
                    $"'{slug}' is both pinned in related: and listed in related_exclude:, so it is left out. Remove it from one of them.");
        }
    }
}
