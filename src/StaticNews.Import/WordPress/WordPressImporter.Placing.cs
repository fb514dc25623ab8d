using StaticNews.Generator.Building;
using StaticNews.Generator.Diagnostics;

namespace StaticNews.Import.WordPress;

public sealed partial class WordPressImporter
{
    /// <summary>Statuses WordPress keeps but never shows: skipped and counted.</summary>
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal) { "trash", "auto-draft", "inherit" };

    /// <summary>Gives every post its section, a unique slug and its old addresses, and checks it has a title and a date.</summary>
    private void Place(ImportRequest request, WordPressSite site, List<WxrItem> items, DiagnosticBag diagnostics, ImportCounts counts)
    {
        var source = request.Source;
        var taken = new HashSet<string>(UrlPaths.Reserved, StringComparer.OrdinalIgnoreCase);
        var skippedTypes = new SortedDictionary<string, (int Count, int Line)>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item.Type != "post")
            {
                if (item.Type == "page")
                {
                    counts.Add("pages skipped");
                    if (!Hidden.Contains(item.Status))
                        diagnostics.Warning(Codes.ImportSkippedItem, source, item.Line, 1, $"page {item.PostId} '{item.Name}' is skipped: StaticNews has no static pages yet. Its text stays in the export.");
                    continue;
                }
                var type = item.Type.Length == 0 ? "(none)" : item.Type;
                counts.Add($"skipped: {type}");
                skippedTypes[type] = skippedTypes.TryGetValue(type, out var seen) ? (seen.Count + 1, seen.Line) : (1, item.Line);
                continue;
            }
            if (Hidden.Contains(item.Status))
            {
                counts.Add($"skipped: {item.Status} posts");
                continue;
            }

            var title = converter.PlainText(item.Title);
            var date = DateOf(item);
            if (title.Length == 0)
                diagnostics.Error(Codes.ImportMissingTitle, source, item.Line, 1, $"post {item.PostId} '{item.Name}' has no title. Give it one in WordPress and export again, or delete the item from the export.");
            if (date is null)
                diagnostics.Error(Codes.ImportMissingDate, source, item.Line, 1, $"post {item.PostId} '{item.Name}' has no date (wp:post_date_gmt and wp:post_date are empty or 0000-00-00). Set its date in WordPress and export again.");
            if (title.Length == 0 || date is null) continue;

            var slug = UniqueSlug(item, title, taken, diagnostics, source);
            var section = SectionOf(request, site, item, diagnostics);
            var post = new PlannedPost(item.Line, item.PostId, section, slug, title, item.Status);
            site.Posts[item.Line] = post;
            if (item.PostId is { } id) site.ById[id] = post;
            if (item.Name.Length > 0) site.ByName.TryAdd(item.Name, post);
            if (WordPressAddress.PathBelow(site.BaseUrl, item.Link) is { Length: > 0 } path && !WordPressAddress.HasQuery(item.Link)) site.ByPath.TryAdd(path, post);
            counts.Add("posts");
        }

        foreach (var (type, (count, line)) in skippedTypes)
            diagnostics.Warning(Codes.ImportSkippedItem, source, line, 1, $"{count} item(s) of post type '{type}' skipped: StaticNews imports posts (first one here).");
        AddAliases(site, items, diagnostics, source);
    }

    private static string UniqueSlug(WxrItem item, string title, HashSet<string> taken, DiagnosticBag diagnostics, string source)
    {
        var wanted = Uri.UnescapeDataString(item.Name);
        var slug = Trimmed(Slugs.AsciiFromText(wanted.Length > 0 ? wanted : title));
        if (!Slugs.IsValid(slug)) slug = $"post-{item.PostId}";
        var unique = slug;
        for (var n = 2; taken.Contains(unique) || !Slugs.IsValid(unique); n++) unique = Trimmed(slug, $"-{n}");
        taken.Add(unique);
        if (wanted.Length > 0 && unique != wanted)
            diagnostics.Warning(Codes.ImportSlugChanged, source, item.Line, 1,
                unique == slug
                    ? $"post {item.PostId} '{wanted}' gets the slug '{unique}' ({Slugs.Rule}); its old address is kept as an alias."
                    : $"post {item.PostId} '{wanted}' gets the slug '{unique}': '{slug}' is taken by another post or a folder of the site. Its old address is kept as an alias.");
        return unique;
    }

    /// <summary>A slug within the 120 characters the build allows, with room for a suffix.</summary>
    private static string Trimmed(string slug, string suffix = "") =>
        (slug.Length + suffix.Length <= 120 ? slug : slug[..(120 - suffix.Length)].TrimEnd('-')) + suffix;

    private static string SectionOf(ImportRequest request, WordPressSite site, WxrItem item, DiagnosticBag diagnostics)
    {
        var category = item.Terms.FirstOrDefault(t => t.Domain == "category");
        string section;
        if (request.SectionMap.Count > 0)
        {
            if (category is not null && request.SectionMap.TryGetValue(category.Nicename, out var mapped)) section = mapped;
            else
            {
                section = request.DefaultSection;
                if (category is not null && site.UnmappedCategories.Add(category.Nicename))
                {
                    diagnostics.Warning(Codes.ImportUnmappedCategory, request.Source, item.Line, 1,
                        $"the category '{category.Nicename}' is not in --section; its posts go to the section '{section}' (first one here).");
                }
            }
        }
        else
        {
            var slug = category is null ? "" : Slugs.AsciiFromText(category.Nicename);
            section = Slugs.IsValid(slug) && !UrlPaths.Reserved.Contains(slug) ? slug : request.DefaultSection;
        }
        if (!site.Sections.ContainsKey(section))
            site.Sections[section] = category is not null && section == Slugs.AsciiFromText(category.Nicename)
                ? site.CategoryNames.GetValueOrDefault(category.Nicename, category.Name)
                : NameOf(section);
        return section;
    }

    private static string NameOf(string slug) => string.Join(' ', slug.Split('-').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>Each published post's old permalink path becomes an alias, unless it is its new address or another page's.</summary>
    private static void AddAliases(WordPressSite site, List<WxrItem> items, DiagnosticBag diagnostics, string source)
    {
        var pages = site.Posts.Values.Select(p => p.Url).Concat(site.Sections.Keys.Select(s => s + "/")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var usedAliases = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            if (!site.Posts.TryGetValue(item.Line, out var post) || item.Link.Length == 0) continue;
            void Warn(string why) => diagnostics.Warning(Codes.ImportAddressNotKept, source, item.Line, 1, $"post {post.PostId} '{post.Slug}': the old address {item.Link} {why}");
            if (WordPressAddress.HasQuery(item.Link))
            {
                if (post.IsPublished) Warn("has a query string, which a static host cannot serve; it is listed under \"unrouted\" in the JSON report.");
                continue;
            }
            var path = WordPressAddress.PathBelow(site.BaseUrl, item.Link);
            if (path is null) { Warn($"is not on the site's address {site.BaseUrl}; no redirect is made."); continue; }
            if (path.Length == 0) continue;
            var alias = Aliases.Normalize(path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? path : path + "/");
            if (alias is null) { Warn("has characters an alias cannot hold (letters a-z, digits, -, _ and ~ only); no redirect is made."); continue; }
            if (alias.Equals(post.Url, StringComparison.OrdinalIgnoreCase)) continue;
            var top = alias.Split('/')[0];
            if (pages.Contains(alias) || UrlPaths.Reserved.Contains(top) || !usedAliases.Add(alias))
            {
                Warn("is the address of another page of the new site; no redirect is made.");
                continue;
            }
            site.Posts[item.Line] = post with { Aliases = [alias] };
        }
    }
}
