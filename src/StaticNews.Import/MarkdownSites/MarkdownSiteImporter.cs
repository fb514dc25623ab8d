using StaticNews.Generator.Building;
using StaticNews.Generator.Diagnostics;

namespace StaticNews.Import.MarkdownSites;

/// <summary>
/// What importing a Hugo or a Jekyll site shares: every post is read and placed (slug, section, old addresses) and
/// checked first; only without errors, and without a file to replace, are the articles, pictures, site.yml and
/// authors.yml written. A subclass reads its generator's layout and turns its shortcodes or Liquid tags into Markdown.
/// </summary>
public abstract class MarkdownSiteImporter
{
    protected abstract string Kind { get; }

    /// <summary>The site's settings and its posts; unreadable files are errors, pages and list files skipped and counted.</summary>
    protected abstract (ImportedSite Site, List<SourcePost> Posts) Read(string root, DiagnosticBag diagnostics, ImportCounts counts);

    /// <summary>The body with the generator's own tags made Markdown (embeds, figures, xref links, code) or reported.</summary>
    protected abstract string ConvertTags(SourcePost post, string body, IReadOnlyDictionary<string, string> slugsByName, Action<string, string> report);

    /// <summary>The folder where root-relative picture paths ("/images/a.jpg") live: Hugo's static/, Jekyll's site root.</summary>
    protected abstract string StaticFolder(string root);

    public ImportReport Import(ImportRequest request)
    {
        var diagnostics = new DiagnosticBag();
        var counts = new ImportCounts();
        var root = request.Source;
        var report = new ImportReport(Kind, root, request.InputDirectory);
        if (!Directory.Exists(root))
        {
            diagnostics.Error(Codes.ImportUnreadableSource, root, 0, 0, $"the {Kind} site folder does not exist.");
            return report with { Diagnostics = diagnostics.ToSortedList() };
        }
        var (site, posts) = Read(root, diagnostics, counts);
        var placed = Place(root, posts, request, diagnostics, counts);
        if (diagnostics.HasErrors) return report with { Diagnostics = diagnostics.ToSortedList(), Counts = counts.ToList() };

        var target = new TargetFolder(request.InputDirectory, request.Force);
        var existing = target.Existing(new[] { "site.yml", "authors.yml" }.Concat(placed.Select(p => p.Article.RelativePath)));
        if (existing.Count > 0 && !request.Force)
        {
            foreach (var file in existing)
                diagnostics.Error(Codes.ImportWouldOverwrite, Path.Combine(request.InputDirectory, file), 0, 0,
                    "the import would replace this file. Import into an empty folder (--input DIR), or pass --force to replace it.");
            return report with { Diagnostics = diagnostics.ToSortedList(), Counts = counts.ToList() };
        }

        var slugsByName = placed.SelectMany(p => p.Names.Select(name => (name, p.Article.Slug)))
            .GroupBy(x => x.name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Slug, StringComparer.OrdinalIgnoreCase);
        var pictures = new SitePictures(root, StaticFolder(root), target);
        var authors = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (post, article, _) in placed)
        {
            void Report(string code, string message) => diagnostics.Warning(code, Path.Combine(root, post.Path), post.BodyLine, 1, message);
            var body = ConvertTags(post, post.Body, slugsByName, Report);
            body = MarkdownBody.Clean(body, Report);
            body = pictures.RewriteBody(post, body, Report);
            var image = article.Image is { } wanted ? pictures.Resolve(post, wanted.Src, Report) is { } src ? wanted with { Src = src } : null : null;
            if (image is { Alt: null or "" })
            {
                // The build requires alt text; the headline says at least what the picture is for.
                Report(Codes.ImportMissingAltText, "the featured image has no alt text; the headline stands in for it. Describe the picture in image: alt:.");
                image = image with { Alt = article.Title };
            }
            foreach (var name in post.Texts("authors").Concat(post.Texts("author")))
                if (Slugs.AsciiFromText(name) is var slug && Slugs.IsValid(slug)) authors.TryAdd(slug, name);
            var final = article with { Body = body, Image = image };
            target.WriteText(final.RelativePath, FrontMatterYaml.Article(final));
            counts.Add("articles written");
            if (final.Draft) counts.Add("drafts");
            if (final.Aliases.Count > 0) counts.Add("articles with old addresses redirected");
        }
        counts.Add("pictures copied", pictures.Copied);

        var sections = placed.Select(p => p.Article.Section).Distinct().Order(StringComparer.Ordinal).Select(s => (s, NameOf(s))).ToList();
        target.WriteText("site.yml", (site with { Sections = sections }).SiteYaml());
        target.WriteText("authors.yml", (site with { Authors = authors.Select(a => (a.Key, a.Value)).ToList() }).AuthorsYaml());
        foreach (var replaced in target.Replaced)
            diagnostics.Warning(Codes.ImportReplacedFile, Path.Combine(request.InputDirectory, replaced), 0, 0, "replaced by --force.");

        var all = diagnostics.ToSortedList();
        var steps = new List<string>();
        if (all.Count > 0) steps.Add("Read the warnings: each names the file and what was changed or left out.");
        steps.Add($"Check site.yml (name, base_url, timezone) and authors.yml (names, roles, bios), then run: staticnews build --input {request.InputDirectory}");
        return report with { Diagnostics = all, Counts = counts.ToList(), Written = target.Written, Replaced = target.Replaced, NextSteps = steps };
    }

    private static string NameOf(string slug) => string.Join(' ', slug.Split('-').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>A post with its article (body still to convert) and the names other posts may link to it by.</summary>
    private sealed record Placed(SourcePost Post, ImportedArticle Article, IReadOnlyList<string> Names);

    private static List<Placed> Place(string root, List<SourcePost> posts, ImportRequest request, DiagnosticBag diagnostics, ImportCounts counts)
    {
        var taken = new HashSet<string>(UrlPaths.Reserved, StringComparer.OrdinalIgnoreCase);
        var placed = new List<Placed>();
        var usedAliases = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var post in posts.OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            var file = Path.Combine(root, post.Path);
            var title = post.Text("title");
            var date = IsoDates.Normalize(post.Text("date") ?? post.Text("publishDate") ?? post.DateFromName);
            if (title is null) diagnostics.Error(Codes.ImportMissingTitle, file, 1, 1, "has no title:. Add one to its front matter and import again.");
            if (date is null) diagnostics.Error(Codes.ImportMissingDate, file, 1, 1, "has no date: (or one that is not YYYY-MM-DD[ HH:MM[:SS]][ offset]). Add one and import again.");
            if (title is null || date is null) continue;

            var slug = Slugs.AsciiFromText(post.WantedSlug);
            if (!Slugs.IsValid(slug)) slug = Slugs.AsciiFromText(title);
            if (!Slugs.IsValid(slug)) slug = "post";
            var unique = slug;
            for (var n = 2; taken.Contains(unique); n++) unique = $"{slug}-{n}";
            taken.Add(unique);
            if (unique != post.WantedSlug)
                diagnostics.Warning(Codes.ImportSlugChanged, file, 1, 1, $"gets the slug '{unique}' (was '{post.WantedSlug}'; {Slugs.Rule}, unique across the site). Its old address is kept as an alias.");

            var section = Slugs.AsciiFromText(post.Section);
            if (!Slugs.IsValid(section) || UrlPaths.Reserved.Contains(section)) section = request.DefaultSection;
            var url = UrlPaths.Article(section, unique);
            var aliases = new List<string>();
            foreach (var old in post.OldPaths)
            {
                var alias = Aliases.Normalize(old.Split('?', '#')[0]);
                if (alias is null)
                    diagnostics.Warning(Codes.ImportAddressNotKept, file, 1, 1, $"the old address '{old}' has characters an alias cannot hold (letters a-z, digits, -, _ and ~ only); no redirect is made.");
                else if (!alias.Equals(url, StringComparison.OrdinalIgnoreCase) && !UrlPaths.Reserved.Contains(alias.Split('/')[0]) && usedAliases.Add(alias))
                    aliases.Add(alias);
            }

            var tags = post.Texts("tags").Concat(post.Texts("categories").Where(c => !c.Equals(post.Section, StringComparison.OrdinalIgnoreCase))).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var authors = post.Texts("authors").Concat(post.Texts("author")).Select(Slugs.AsciiFromText).Where(Slugs.IsValid).Distinct().ToList();
            var image = post.Text("image") ?? post.Texts("images").FirstOrDefault() ?? post.Text("featured_image");
            var draft = post.InDrafts || post.FrontMatter.GetValueOrDefault("draft") is "true" or "True" || post.FrontMatter.GetValueOrDefault("published") is "false" or "False";
            var article = new ImportedArticle(section, unique, title, date)
            {
                Summary = post.Text("summary") ?? post.Text("description") ?? post.Text("excerpt"),
                Authors = authors,
                Tags = tags,
                Image = image is null ? null : new ImportedImage(image, post.Text("image_alt"), null),
                Draft = draft,
                Aliases = aliases,
            };
            var stem = Path.GetFileNameWithoutExtension(post.Path);
            placed.Add(new Placed(post, article, [post.Path, stem, post.WantedSlug, Path.GetFileName(post.Path)]));
            counts.Add("posts");
        }
        return placed;
    }
}
