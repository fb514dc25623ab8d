using StaticNews.Generator.Building;
using StaticNews.Generator.Diagnostics;

namespace StaticNews.Import.WordPress;

public sealed partial class WordPressImporter
{
    /// <summary>The second pass: each post's body is read again, converted and written; then site.yml and authors.yml.</summary>
    private void WriteSite(ImportRequest request, WordPressSite site, TargetFolder target, DiagnosticBag diagnostics, ImportCounts counts)
    {
        var source = request.Source;
        var pictures = new PictureCopier(request.Uploads, target, kept => diagnostics.Warning(Codes.ImportWouldOverwrite,
            Path.Combine(request.InputDirectory, kept), 0, 0, "a different file of this name exists and was kept; pass --force to replace it with the upload."));
        var authors = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in WxrReader.Read(source, withBodies: true))
        {
            if (entry is not WxrItem item || !site.Posts.TryGetValue(item.Line, out var post)) continue;
            var scope = new WordPressScope(site, post, pictures, diagnostics, source);
            var article = new ImportedArticle(post.Section, post.Slug, post.Title, DateOf(item)!)
            {
                Summary = converter.PlainText(item.Excerpt) is { Length: > 0 } summary ? summary : null,
                Authors = AuthorsOf(item, site, authors),
                Tags = TagsOf(item),
                Image = FeaturedImage(item, post.Title, site, scope),
                Draft = item.Status is "draft" or "pending" or "private",
                Aliases = post.Aliases,
                Body = converter.Convert(WordPressBody.ToHtml(item.Content ?? "", site.Attachments, scope), scope),
            };
            target.WriteText(article.RelativePath, FrontMatterYaml.Article(article));
            counts.Add("articles written");
            if (article.Draft) counts.Add($"drafts ({item.Status})");
            if (item.Status == "future") counts.Add("scheduled");
            if (article.Aliases.Count > 0) counts.Add("old addresses redirected");
            if (item.IsSticky)
            {
                counts.Add("sticky");
                scope.Report(Codes.ImportSticky, "was sticky on the WordPress front page; StaticNews has no front page pins yet (front.yml), so it is only dated.");
            }
        }
        counts.Add("pictures copied", pictures.Copied);

        var imported = new ImportedSite(
            site.Fields.GetValueOrDefault("title") is { Length: > 0 } name ? converter.PlainText(name) : "Imported site",
            site.BaseUrl.AbsoluteUri,
            site.Fields.GetValueOrDefault("language") is { Length: > 0 } language ? language : "en",
            request.TimeZone)
        {
            Description = site.Fields.GetValueOrDefault("description") is { Length: > 0 } description ? converter.PlainText(description) : null,
            Sections = site.Sections.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value)).ToList(),
            Authors = authors.Select(a => (a.Key, a.Value)).ToList(),
        };
        target.WriteText("site.yml", imported.SiteYaml());
        target.WriteText("authors.yml", imported.AuthorsYaml());
    }

    /// <summary>dc:creator, and co-authors filed as "author" terms (Co-Authors Plus), as author slugs.</summary>
    private static List<string> AuthorsOf(WxrItem item, WordPressSite site, SortedDictionary<string, string> authors)
    {
        var logins = new List<string>();
        if (item.Creator.Length > 0) logins.Add(item.Creator);
        logins.AddRange(item.Terms.Where(t => t.Domain == "author").Select(t => t.Nicename.StartsWith("cap-", StringComparison.Ordinal) ? t.Nicename[4..] : t.Nicename));
        var slugs = new List<string>();
        foreach (var login in logins.Distinct(StringComparer.Ordinal))
        {
            var slug = Slugs.AsciiFromText(login);
            if (!Slugs.IsValid(slug)) continue;
            authors.TryAdd(slug, site.AuthorNames.GetValueOrDefault(login) is { Length: > 0 } name ? name : login);
            if (!slugs.Contains(slug)) slugs.Add(slug);
        }
        return slugs;
    }

    /// <summary>Tags, then the categories after the first (which became the section), so no filing is lost.</summary>
    private List<string> TagsOf(WxrItem item) =>
        item.Terms.Where(t => t.Domain == "post_tag")
            .Concat(item.Terms.Where(t => t.Domain == "category").Skip(1))
            .Select(t => converter.PlainText(t.Name))
            .Where(name => name.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private ImportedImage? FeaturedImage(WxrItem item, string title, WordPressSite site, WordPressScope scope)
    {
        if (!item.Meta.TryGetValue("_thumbnail_id", out var id)) return null;
        if (!int.TryParse(id, out var number) || !site.Attachments.TryGetValue(number, out var attachment) || attachment.AttachmentUrl.Length == 0)
        {
            scope.Report(Codes.ImportMissingUpload, $"the featured image (attachment {id}) is not in the export; the article has no image.");
            return null;
        }
        var src = scope.ImageSource(attachment.AttachmentUrl);
        if (src.Contains("://", StringComparison.Ordinal)) return null;
        var alt = attachment.Meta.GetValueOrDefault("_wp_attachment_image_alt");
        if (string.IsNullOrWhiteSpace(alt))
        {
            // The build requires alt text; the headline says at least what the picture is for.
            scope.Report(Codes.ImportMissingAltText, "the featured image has no alt text; the headline stands in for it. Describe the picture in image: alt:.");
            alt = title;
        }
        return new ImportedImage(src, alt, converter.PlainText(attachment.Excerpt) is { Length: > 0 } caption ? caption : null);
    }
}
