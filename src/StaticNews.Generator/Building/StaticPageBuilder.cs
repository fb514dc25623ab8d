using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Model;

namespace StaticNews.Generator.Building;

/// <summary>
/// Validates one static page's front matter (input/pages/*.md) into a <see cref="StaticPage"/> without its body: a
/// page has a title and may have summary, updated, slug and draft; the article fields it cannot use are warned about.
/// </summary>
public sealed class StaticPageBuilder(SiteConfig config, DiagnosticBag diagnostics)
{
    /// <summary>The input folder whose Markdown files are static pages rather than articles.</summary>
    public const string Folder = "pages";

    /// <summary>Front matter fields of an article that mean nothing on a static page.</summary>
    private static readonly string[] ArticleOnlyFields =
        ["date", "section", "source", "read_time", "authors", "tags", "image", "related", "related_exclude", "expires", "corrections", "aliases"];

    public static bool IsPage(SourceDocument document) => document.RelativePath.StartsWith(Folder + "/", StringComparison.Ordinal);

    /// <summary>The page, or null when its title or slug is unusable (reported); <paramref name="isDraft"/> tells whether it is held back.</summary>
    public StaticPage? Build(SourceDocument document, out bool isDraft)
    {
        var fm = document.FrontMatter;
        var dto = fm.Value;
        var path = document.DisplayPath;
        isDraft = dto.Draft ?? false;

        foreach (var (key, unknown) in fm.UnknownKeys)
            diagnostics.Warning(Codes.UnknownField, path, unknown.Line, 1,
                $"unknown front matter field '{key}' is ignored: a static page uses title, summary, updated, slug and draft. If it is a typo, correct it.");
        foreach (var field in ArticleOnlyFields.Where(fm.KeyLines.ContainsKey))
            diagnostics.Warning(Codes.ArticleFieldOnPage, path, fm.LineOf(field), 1,
                $"'{field}' is an article field; a static page does not use it, so it is ignored. Remove it, or move the file out of {Folder}/ if it is a story.");

        var title = dto.Title?.Trim();
        if (string.IsNullOrEmpty(title))
            diagnostics.Error(Codes.MissingField, path, fm.FirstLine, 1, "the required field 'title' is missing. Add a line like title: \"About us\".");

        DateTimeOffset? updatedAt = null;
        if (dto.Updated is not null)
        {
            if (IsoDate.TryParse(dto.Updated, config.TimeZone, out var updated)) updatedAt = updated;
            else diagnostics.Error(Codes.InvalidDate, path, fm.LineOf("updated"), 1,
                $"updated '{dto.Updated}' is not {IsoDate.Rule}. Write it like {IsoDate.Examples}.");
        }

        var slug = SlugOf(document);
        if (!Slugs.IsValid(slug))
            diagnostics.Error(Codes.InvalidSlug, path, fm.LineOf("slug"), 1,
                $"slug '{slug}' is not usable in a URL. Use {Slugs.Rule} (rename the file or set slug:).");
        if (string.IsNullOrEmpty(title) || !Slugs.IsValid(slug)) return null;

        return new StaticPage
        {
            Slug = slug,
            Title = title,
            Summary = dto.Summary?.Trim(),
            UpdatedAt = updatedAt,
            BodyHtml = "",
            Url = config.BasePath + UrlPaths.Page(slug),
            SourcePath = document.RelativePath,
        };
    }

    /// <summary>The slug a page file is known by: its slug: field, else its file name.</summary>
    public static string SlugOf(SourceDocument document) =>
        document.FrontMatter.Value.Slug?.Trim() ?? Path.GetFileNameWithoutExtension(document.RelativePath);
}
