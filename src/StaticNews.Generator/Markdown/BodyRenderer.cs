using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Markdown.StoryElements;

namespace StaticNews.Generator.Markdown;

/// <summary>
/// Turns an article's Markdown into HTML: resolves <c>xref:slug</c> links to article URLs, points relative
/// images at the site's base path, refuses unsafe link schemes, marks "READ MORE:" paragraphs and resolves story elements
/// (reporting what their parse found wrong, their pictures, story cards and embed hosts).
/// </summary>
public sealed class BodyRenderer(
    MarkdownPipeline pipeline,
    IReadOnlyDictionary<string, LinkTarget> articles,
    string basePath,
    Func<string, bool> inputFileExists,
    DiagnosticBag diagnostics)
{
    public const string XrefScheme = "xref:";
    public const string ReadMorePrefix = "READ MORE:";
    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:", "tel:"];
    private const int KeptCapacity = 1 << 20;

    // Each thread reuses one renderer and its output buffer: every article of a build is rendered here, and growing a fresh
    // buffer each time was most of the allocation. One that failed half-way is dropped, its state unknown.
    [ThreadStatic] private static ReusableHtmlRenderer? threadRenderer;

    /// <summary>Where rendering reports its problems.</summary>
    public DiagnosticBag Diagnostics => diagnostics;

    /// <summary>The site's base path, which starts every picture address.</summary>
    public string BasePath => basePath;

    /// <summary>Why a slug that is not among the published articles is held back (draft, scheduled, expired), or null.</summary>
    public Func<string, string?> WhyUnpublished { get; init; } = _ => null;

    /// <summary>site.yml's <c>embed_hosts:</c>: hosts whose pages <c>::: embed</c> may show in a frame.</summary>
    public IReadOnlySet<string> EmbedHosts { get; init; } = new HashSet<string>();

    /// <summary>Whether a slug names an article file that has errors of its own: a link to it is not a second error.</summary>
    public Func<string, bool> HasErrors { get; init; } = _ => false;

    public string Render(MarkdownDocument document, string displayPath) => Render(document, MarkdownParts.Of(document), displayPath);

    /// <param name="parts">The document's links and paragraphs, found when it was loaded.</param>
    /// <param name="facts">Collects what the HTML depended on, when given.</param>
    public string Render(MarkdownDocument document, MarkdownParts parts, string displayPath, BodyFacts? facts = null) =>
        Resolved(parts, displayPath, facts, renderer => renderer.Html(document), "");

    /// <summary>Each run of blocks (a live article's text above its updates, then each update) as HTML of its own, resolved as <see cref="Render(MarkdownDocument, MarkdownParts, string, BodyFacts?)"/> does.</summary>
    public IReadOnlyList<string> RenderSections(IReadOnlyList<IReadOnlyList<Block>> sections, MarkdownParts parts, string displayPath, BodyFacts? facts = null) =>
        Resolved(parts, displayPath, facts, renderer => sections.Select(section => renderer.Html(section)).ToList(), sections.Select(_ => "").ToList());

    private T Resolved<T>(MarkdownParts parts, string displayPath, BodyFacts? facts, Func<ReusableHtmlRenderer, T> render, T failed)
    {
        // Links are rewritten only while rendering, so a document kept between rebuilds (serve) resolves afresh.
        var links = parts.Links;
        var autolinks = parts.Autolinks;
        var urls = new string?[links.Count];
        var wasEmpty = new bool[links.Count];
        var autolinkUrls = new string[autolinks.Count];
        for (var i = 0; i < links.Count; i++) (urls[i], wasEmpty[i]) = (links[i].Url, links[i].FirstChild is null);
        for (var i = 0; i < autolinks.Count; i++) autolinkUrls[i] = autolinks[i].Url;
        try
        {
            foreach (var link in links)
                ResolveLink(link, displayPath, facts);
            for (var i = 0; i < autolinks.Count; i++)
                autolinks[i].Url = SafeOrPlaceholder(autolinkUrls[i], autolinks[i].Line + 1, autolinks[i].Column + 1, displayPath, facts);
            foreach (var element in parts.Elements)
                ResolveElement(element, displayPath, facts);
            foreach (var paragraph in parts.ReadMore)
                paragraph.GetAttributes().AddClass("read-more");

            var renderer = threadRenderer?.Pipeline == pipeline ? threadRenderer : ReusableHtmlRenderer.For(pipeline);
            threadRenderer = null;
            var result = render(renderer);
            if (renderer.Capacity <= KeptCapacity) threadRenderer = renderer;
            return result;
        }
        catch (ArgumentException ex) when (ArticleMarkdown.IsDepthLimit(ex))
        {
            facts?.Reported = true;
            diagnostics.Error(Codes.MarkdownTooDeep, displayPath, 0, 0, ArticleMarkdown.TooDeepMessage);
            return failed;
        }
        finally
        {
            for (var i = 0; i < links.Count; i++)
            {
                links[i].Url = urls[i];
                while (wasEmpty[i] && links[i].FirstChild is { } added) added.Remove();
            }
            for (var i = 0; i < autolinks.Count; i++)
                autolinks[i].Url = autolinkUrls[i];
            foreach (var element in parts.Elements)
                element.Context = null;
        }
    }

    private void ResolveLink(LinkInline link, string displayPath, BodyFacts? facts)
    {
        var url = link.Url?.Trim() ?? "";
        var line = link.Line + 1;
        var column = link.Column + 1;
        if (url.StartsWith(XrefScheme, StringComparison.OrdinalIgnoreCase))
        {
            if (Xref(url[XrefScheme.Length..], line, column, displayPath, facts) is not { } target) return;
            link.Url = target.Url;
            if (link.FirstChild is null) link.AppendChild(new LiteralInline(target.Title));
            return;
        }

        var scheme = SchemeOf(url);
        if (IsUnsafe(scheme))
        {
            link.Url = SafeOrPlaceholder(url, line, column, displayPath, facts);
            return;
        }

        if (link.IsImage && scheme is null && !url.StartsWith('/') && !url.StartsWith('#'))
        {
            CheckImage(url, line, column, displayPath, facts);
            link.Url = basePath + url;
        }
    }

    /// <summary>The article a slug names, recorded in the facts; or null after reporting why there is none.</summary>
    private LinkTarget? Xref(string slug, int line, int column, string displayPath, BodyFacts? facts)
    {
        if (!articles.TryGetValue(slug, out var target) && WhyUnpublished(slug) is { } why)
        {
            facts?.Reported = true;
            diagnostics.Error(Codes.LinkToUnpublished, displayPath, line, column,
                $"the article '{slug}' {why}, so this link would lead nowhere. Remove the link or publish that article first.");
            return null;
        }
        if (target is null && HasErrors(slug))
        {
            // Not kept by the article cache: this body has no true link yet. The build fails on the target's own error.
            facts?.Reported = true;
            return null;
        }
        if (target is null)
        {
            facts?.Reported = true;
            diagnostics.Error(Codes.UnknownXref, displayPath, line, column,
                $"no article has the slug '{slug}'. Check the spelling, or that the article is not a draft.");
            return null;
        }
        facts?.Xrefs.Add((slug, target));
        return target;
    }

    /// <summary>True when the picture exists; otherwise reports it.</summary>
    private bool CheckImage(string path, int line, int column, string displayPath, BodyFacts? facts)
    {
        facts?.Images.Add(path);
        if (inputFileExists(path)) return true;
        facts?.Reported = true;
        diagnostics.Error(Codes.MissingImage, displayPath, line, column,
            $"the image '{path}' does not exist. Paths are relative to the input folder, e.g. images/photo.jpg.");
        return false;
    }

    /// <summary>Reports what the element's parse found and checks it against the site; only an element without a problem is rendered.</summary>
    private void ResolveElement(StoryElementBlock block, string displayPath, BodyFacts? facts)
    {
        var sound = block.Problems.Count == 0;
        foreach (var problem in block.Problems)
            diagnostics.Error(problem.Code, displayPath, problem.Line, problem.Column, problem.Message);
        LinkTarget? card = null;
        switch (block.Element)
        {
            case StoryCardElement story:
                card = Xref(story.Slug, story.Line, story.Column, displayPath, facts);
                sound &= card is not null;
                break;
            case EmbedElement { NeedsAllowedHost: true } embed:
                facts?.UsedSiteSettings = true;
                if (EmbedHosts.Contains(embed.Original.IdnHost)) break;
                sound = false;
                diagnostics.Error(Codes.EmbedHostNotAllowed, displayPath, block.OpenLine, block.ArgumentColumn,
                    $"'{embed.Original.AbsoluteUri}' is on no platform StaticNews knows, and its host '{embed.Original.IdnHost}' is not in site.yml's embed_hosts:. "
                    + $"Add the host there if the newsroom trusts it, or use an accepted form: {EmbedProviders.AcceptedForms}.");
                break;
            case GalleryElement gallery:
                foreach (var picture in gallery.Pictures)
                    sound &= CheckImage(picture.Source.Value, picture.Source.Line, picture.Source.ValueColumn, displayPath, facts);
                break;
        }
        if (block.Element is EmbedElement { Poster: { } poster })
            sound &= CheckImage(poster.Value, poster.Line, poster.ValueColumn, displayPath, facts);
        if (!sound) facts?.Reported = true;
        block.Context = sound ? new ElementContext(basePath, card) : null;
    }

    private static bool IsUnsafe(string? scheme) =>
        scheme is not null && !SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);

    /// <summary>The URL itself when its scheme is safe; otherwise reports it and returns "#" so nothing runs.</summary>
    private string SafeOrPlaceholder(string url, int line, int column, string displayPath, BodyFacts? facts)
    {
        var scheme = SchemeOf(url.Trim());
        if (!IsUnsafe(scheme)) return url;
        facts?.Reported = true;
        diagnostics.Error(Codes.UnsafeLink, displayPath, line, column,
            $"the link target '{url}' uses the '{scheme}' scheme, which is not allowed. Use an http(s) address or xref:slug.");
        return "#";
    }

    private static string? SchemeOf(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0) return null;
        var candidate = url[..colon];
        return candidate.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') ? candidate + ":" : null;
    }
}
