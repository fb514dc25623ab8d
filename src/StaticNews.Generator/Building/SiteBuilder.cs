using Markdig;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Generator.Markdown;
using StaticNews.Generator.Markdown.LiveBlog;
using StaticNews.Generator.Markdown.StoryElements;
using StaticNews.Generator.Relating;
using StaticNews.Model;
using StaticNews.Theme;

namespace StaticNews.Generator.Building;

/// <summary>The Build stage: validates loaded content into a <see cref="Site"/> and renders article bodies.</summary>
/// <param name="cache">Bodies of earlier runs, reused where the file and what its body depends on are unchanged.</param>
public sealed partial class SiteBuilder(MarkdownPipeline pipeline, DiagnosticBag diagnostics, ArticleCache? cache = null)
{
    public Site? Build(LoadedContent content, BuildOptions options)
    {
        if (content.SiteFile is null) return null;
        var config = new SiteConfigBuilder(diagnostics).Build(content.SiteFile, options.BaseUrl, p => InputPaths.Exists(content.Input, p));
        if (config is null) return null;
        var authors = new AuthorsBuilder(diagnostics).Build(content.AuthorsFile, config.BasePath);
        var flawedSettings = FlawedNames.InSettings(content.SiteFile.Value, config, content.AuthorsFile?.Value, authors);

        var siteBreaking = BreakingBanner.FromSiteFile(content.SiteFile, config, diagnostics);
        var pageFiles = ValidatePages(content.Documents.Where(StaticPageBuilder.IsPage), config);
        var articleBuilder = new ArticleBuilder(config, authors, content.Input, diagnostics, flawedSettings);
        var attempts = content.Documents
            .Where(document => !StaticPageBuilder.IsPage(document))
            .AsParallel().AsOrdered()
            .Select(document => (Document: document, Article: articleBuilder.Build(document)))
            .ToList();
        var built = attempts
            .Where(x => x.Article is not null)
            .Select(x => (x.Document, Article: x.Article!))
            .ToList();
        var flawed = flawedSettings.WithArticles(attempts
            .Where(x => x.Article is null).Select(x => ArticleBuilder.SlugOf(x.Document))
            .Concat(content.UnloadedFiles.Select(Path.GetFileNameWithoutExtension).OfType<string>()));
        var verdicts = built.Select(x => (x.Document, x.Article, Why: Publication.WhyHidden(x.Article, options))).ToList();
        var hidden = verdicts
            .Where(x => x.Why is not null)
            .GroupBy(x => x.Article.Slug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Why!, StringComparer.Ordinal);
        var described = verdicts.Where(x => x.Why is null).Select(x => (x.Document, x.Article)).ToList();
        ReportDuplicateSlugs(described);

        var published = described.Select(x => x.Article).ToList();
        var targets = published
            .GroupBy(a => a.Slug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => TargetOf(g.First(), config), StringComparer.Ordinal);
        ReportUnknownPins(described, targets, hidden, flawed);
        ReportUnknownExcludes(described, targets, hidden, flawed);
        ReportAliasConflicts(described, config, pageFiles.Select(x => UrlPaths.Page(x.Page.Slug)));
        ReportTagsSharingAnAddress(described);
        var expired = verdicts.Where(x => x.Why is not null && Publication.HasExpired(x.Article, options)).Select(x => x.Article.Slug).ToHashSet(StringComparer.Ordinal);
        var front = new FrontBuilder(targets.Keys.ToHashSet(StringComparer.Ordinal), hidden, expired, flawed.Articles, diagnostics).Build(content.FrontFile);

        var withheld = PicturesOf(built.Where(x => hidden.ContainsKey(x.Article.Slug) && !targets.ContainsKey(x.Article.Slug)).Select(x => x.Document))
            .Except(PicturesOf(described.Select(x => x.Document).Concat(pageFiles.Select(x => x.Document))))
            .Except(new[] { content.SiteFile.Value.Logo, content.SiteFile.Value.LogoDark, content.SiteFile.Value.Icon }.OfType<string>().Select(p => p.Trim()))
            .ToHashSet(StringComparer.Ordinal);

        Func<string, bool> inputFileExists = p => InputPaths.Exists(content.Input, p);
        var bodies = new BodyRenderer(pipeline, targets, config.BasePath, inputFileExists, diagnostics)
        {
            WhyUnpublished = slug => hidden.GetValueOrDefault(slug),
            EmbedHosts = config.EmbedHosts.ToHashSet(StringComparer.Ordinal),
            HasErrors = flawed.Articles.Contains,
        };
        var profiler = new TextProfiler();
        var live = new LiveUpdatesBuilder(config, authors, flawedSettings, options, diagnostics);
        cache?.UseBasePath(config.BasePath);
        var articles = described
            .AsParallel().AsOrdered()
            .Select(x => x.Article.Live is not null
                ? RenderLive(x.Document, x.Article, bodies, profiler, live, options)
                : cache?.Body(x.Document, targets, inputFileExists) is { } known
                ? x.Article with { BodyHtml = known.Html, Text = known.Text }
                : Render(x.Document, x.Article, bodies, profiler))
            .OrderByDescending(a => a.PublishedAt)
            .ThenBy(a => a.Slug, StringComparer.Ordinal)
            .ToList();
        var pages = RenderPages(pageFiles, bodies, options);
        var drafts = pageFiles.Select(x => x.Page.Slug).Except(pages.Select(p => p.Slug)).ToHashSet(StringComparer.Ordinal);
        config = new FooterBuilder(config, pages, drafts, flawedSettings, diagnostics).Build(content.SiteFile);

        return new Site
        {
            Config = config,
            Articles = articles,
            Authors = authors.Values.OrderBy(a => a.Slug, StringComparer.Ordinal).ToList(),
            Tags = articles.SelectMany(a => a.Tags).DistinctBy(t => t.Slug).OrderBy(t => t.Slug, StringComparer.Ordinal).ToList(),
            Pages = pages,
            Front = front,
            NextChange = Publication.NextChange(built.Select(x => x.Article), options, siteBreaking),
            Breaking = BreakingBanner.Current(siteBreaking, articles, options.Now),
            UnpublishedFiles = withheld,
            PictureReferences = described
                .Where(x => x.Article.Image is not null)
                .Select(x => new PictureReference(x.Article.Image!.Source, x.Document.DisplayPath, x.Document.FrontMatter.LineOf("image")))
                .ToList(),
        };
    }

    private Article Render(SourceDocument document, Article article, BodyRenderer bodies, TextProfiler profiler)
    {
        var facts = new BodyFacts();
        var html = bodies.Render(document.Markdown, document.Parts, document.DisplayPath, facts);
        var text = profiler.Profile(article.Title, article.Summary, PlainText.Of(document.Markdown));
        var videos = StoryVideos.Of(document.Parts, bodies.BasePath);
        // The cache keeps no video facts, so a body with a described video is rendered each build instead of reused without them.
        if (videos.Count == 0) cache?.Rendered(document, facts, html, text);
        return article with { BodyHtml = html, Text = text, Videos = videos };
    }

    /// <summary>
    /// A live article's text above its first update and each update, rendered apart; never kept by the article cache,
    /// since its updates are checked against the build clock and the body changes with every update anyway.
    /// </summary>
    private static Article RenderLive(SourceDocument document, Article article, BodyRenderer bodies, TextProfiler profiler, LiveUpdatesBuilder live, BuildOptions options)
    {
        var sections = LiveBody.Split(document.Markdown);
        if (sections.Updates.Count == 0)
            bodies.Diagnostics.Error(Codes.LiveWithoutUpdates, document.DisplayPath, document.FrontMatter.LineOf("live"), 1,
                $"live: true, but the body has no update. Start each update with a heading such as {LiveUpdatesBuilder.Syntax}.");
        var html = bodies.RenderSections([sections.Intro, .. sections.Updates.Select(u => u.Blocks)], document.Parts, document.DisplayPath);
        var coverage = article.Live! with
        {
            Updates = live.Build(article, document.DisplayPath, sections.Updates, html.Skip(1).ToList()),
            HasEnded = article.Live!.EndedAt is { } ended && ended <= options.Now,
        };
        var text = profiler.Profile(article.Title, article.Summary, PlainText.Of(document.Markdown));
        return article with { BodyHtml = html[0], Text = text, Videos = StoryVideos.Of(document.Parts, bodies.BasePath), Live = coverage };
    }

    private static LinkTarget TargetOf(Article article, SiteConfig config) =>
        new(article.Url, article.Title, article.Image?.Url, Display.MachineDate(config, article.PublishedAt), Display.Date(config, article.PublishedAt));

    /// <summary>The input files an article shows: its hero image and the pictures in its body.</summary>
    private static IEnumerable<string> PicturesOf(IEnumerable<SourceDocument> documents) =>
        documents.SelectMany(d => d.Pictures.Append((d.FrontMatter.Value.Image?.Src ?? "").Trim()).Where(p => p.Length > 0));

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

    private void ReportUnknownPins(
        IEnumerable<(SourceDocument Document, Article Article)> articles,
        IReadOnlyDictionary<string, LinkTarget> targets,
        IReadOnlyDictionary<string, string> hidden,
        FlawedNames flawed)
    {
        foreach (var (document, article) in articles)
        foreach (var pin in article.PinnedRelated.Where(pin => !targets.ContainsKey(pin) && !flawed.Articles.Contains(pin)))
        {
            var line = document.FrontMatter.LineOf("related");
            if (hidden.TryGetValue(pin, out var why))
                diagnostics.Error(Codes.LinkToUnpublished, document.DisplayPath, line, 1,
                    $"related article '{pin}' {why}, so it is not published. Remove it from related: or publish it first.");
            else
                diagnostics.Error(Codes.UnknownPin, document.DisplayPath, line, 1,
                    $"related article '{pin}' does not exist. Correct the slug or remove it from related:.");
        }
    }

    /// <summary>An alias must not take the address of a page or another alias: one of them would be lost.</summary>
    private void ReportAliasConflicts(IEnumerable<(SourceDocument Document, Article Article)> articles, SiteConfig config, IEnumerable<string> staticPages)
    {
        var list = articles.ToList();
        var pages = list.Select(x => UrlPaths.Article(x.Article.Section.Slug, x.Article.Slug))
            .Concat(config.Sections.Select(s => UrlPaths.Section(s.Slug)))
            .Concat(staticPages)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var sections = config.Sections.Select(s => s.Slug).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (document, article) in list)
        foreach (var alias in article.Aliases)
        {
            var segments = alias.Split('/');
            var takesPage = pages.Contains(alias) || UrlPaths.Reserved.Contains(segments[0])
                || (sections.Contains(segments[0]) && segments.Length > 1 && segments[1] == UrlPaths.PageFolder)
                || Aliases.FileOf(alias) is var file && (file.Equals("404.html", StringComparison.OrdinalIgnoreCase) || file.Equals("index.html", StringComparison.OrdinalIgnoreCase));
            var line = document.FrontMatter.LineOf("aliases");
            if (takesPage)
                diagnostics.Error(Codes.AliasConflict, document.DisplayPath, line, 1,
                    $"alias '{alias}' is the address of a page this site already has. Remove it from aliases:.");
            else if (!owners.TryAdd(alias, document.DisplayPath) && owners[alias] != document.DisplayPath)
                diagnostics.Error(Codes.AliasConflict, document.DisplayPath, line, 1,
                    $"alias '{alias}' is also claimed by {owners[alias]}. Keep it on one article only.");
        }
    }

    /// <summary>Excluding an unpublished story is fine (it may publish later); excluding one that does not exist is a typo.</summary>
    private void ReportUnknownExcludes(
        IEnumerable<(SourceDocument Document, Article Article)> articles,
        IReadOnlyDictionary<string, LinkTarget> targets,
        IReadOnlyDictionary<string, string> hidden,
        FlawedNames flawed)
    {
        foreach (var (document, article) in articles)
        {
            var line = document.FrontMatter.LineOf("related_exclude");
            foreach (var slug in article.ExcludedRelated.Where(slug => !targets.ContainsKey(slug) && !hidden.ContainsKey(slug) && !flawed.Articles.Contains(slug)))
                diagnostics.Error(Codes.UnknownExclude, document.DisplayPath, line, 1,
                    $"related_exclude names '{slug}', which does not exist. Correct the slug or remove it from related_exclude:.");
            foreach (var slug in article.ExcludedRelated.Intersect(article.PinnedRelated, StringComparer.Ordinal))
                diagnostics.Warning(Codes.PinnedAndExcluded, document.DisplayPath, line, 1,
                    $"'{slug}' is both pinned in related: and listed in related_exclude:, so it is left out. Remove it from one of them.");
        }
    }
}
