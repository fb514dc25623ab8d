using StaticNews.Generator.Diagnostics;
using StaticNews.Import.Conversion;

namespace StaticNews.Import.WordPress;

/// <summary>
/// Links and pictures of one post: links to imported posts become xref links, pictures under wp-content/uploads are
/// copied from the uploads folder; every change is reported at the post's item.
/// </summary>
public sealed class WordPressScope(WordPressSite site, PlannedPost post, PictureCopier pictures, DiagnosticBag diagnostics, string sourcePath)
    : IConversionScope
{
    public string? LinkTarget(string href)
    {
        if (href.StartsWith('#') || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)) return href;
        var baseUrl = site.BaseUrl;
        var target = WordPressAddress.QueryId(baseUrl, href) is { } id && site.ById.TryGetValue(id, out var byId) ? byId
            : WordPressAddress.PathBelow(baseUrl, href) is { } path && site.ByPath.TryGetValue(path, out var byPath) ? byPath
            : WordPressAddress.PathBelow(baseUrl, href) is { Length: > 0 } named && site.ByName.TryGetValue(named.Split('/')[^1], out var byName) ? byName
            : null;
        var absolute = Uri.TryCreate(baseUrl, href, out var uri) ? uri.AbsoluteUri : href;
        if (target is null)
        {
            if (WordPressAddress.PathBelow(baseUrl, href) is null) return absolute;
            // The new site takes the old address, so a link to a page that is not imported would be a broken link.
            Report(Codes.ImportLinkNotKept, $"the link to {absolute} is left out (its text is kept): it is not an imported post (a page, category, archive or file?), so nothing would be at that address on the new site.");
            return null;
        }
        if (target.IsPublished) return "xref:" + target.Slug;
        Report(Codes.ImportLinkNotKept, $"the link to '{target.Title}' is left out (its text is kept): that post is {target.Status}, and a link to an unpublished story fails the build. Add [text](xref:{target.Slug}) when it is published.");
        return null;
    }

    public string ImageSource(string src) =>
        pictures.Resolve(site.BaseUrl, src, missing => Report(Codes.ImportMissingUpload,
            $"the picture {missing} is not in the uploads folder; the page shows it from the old address. Copy wp-content/uploads and pass --uploads."));

    public void Report(string code, string message) =>
        diagnostics.Warning(code, sourcePath, post.Line, 1, $"post {post.PostId} '{post.Slug}': {message}");
}
