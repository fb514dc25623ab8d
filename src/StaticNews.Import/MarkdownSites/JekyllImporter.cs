using System.Text.RegularExpressions;
using StaticNews.Generator.Diagnostics;
using StaticNews.Import.Conversion;
using YamlDotNet.Serialization;

namespace StaticNews.Import.MarkdownSites;

/// <summary>
/// <c>staticnews import jekyll</c>: _posts/YYYY-MM-DD-title.md (and _drafts/). The section is the first category;
/// the old address follows the site's permalink style (date by default), kept with redirect_from: as redirects.
/// </summary>
public sealed partial class JekyllImporter : MarkdownSiteImporter
{
    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})-(.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DatedName();

    [GeneratedRegex(@"\{%-?\s*highlight\s+([\w+-]*)[^%]*-?%\}\s*\n?(.*?)\{%-?\s*endhighlight\s*-?%\}", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Highlight();

    [GeneratedRegex(@"\{%-?\s*(\w+)(.*?)-?%\}", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\{\{-?\s*(.*?)\s*-?\}\}", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Output();

    private static readonly string[] Extensions = [".md", ".markdown"];

    protected override string Kind => "jekyll";

    protected override string StaticFolder(string root) => root;

    protected override (ImportedSite Site, List<SourcePost> Posts) Read(string root, DiagnosticBag diagnostics, ImportCounts counts)
    {
        var config = ReadConfig(root);
        var permalink = config.GetValueOrDefault("permalink") as string ?? "date";
        var posts = new List<SourcePost>();
        if (!Directory.Exists(Path.Combine(root, "_posts")))
            diagnostics.Error(Codes.ImportUnreadableSource, root, 0, 0, "has no _posts/ folder, so it is not a Jekyll site. Pass the folder that holds _config.yml and _posts/.");
        foreach (var (folder, drafts) in new[] { ("_posts", false), ("_drafts", true) })
        {
            var path = Path.Combine(root, folder);
            if (!Directory.Exists(path)) continue;
            foreach (var full in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
                if (!Extensions.Contains(Path.GetExtension(full), StringComparer.OrdinalIgnoreCase))
                {
                    counts.Add("files skipped (not Markdown)");
                    diagnostics.Warning(Codes.ImportSkippedItem, Path.Combine(root, relative), 0, 0, "is not a Markdown post (.md, .markdown); it is skipped.");
                    continue;
                }
                var (frontMatter, body, bodyLine, error) = FrontMatterReader.Read(File.ReadAllText(full));
                if (frontMatter is null) { diagnostics.Error(Codes.ImportInvalidFrontMatter, Path.Combine(root, relative), 1, 1, error!); continue; }
                var stem = Path.GetFileNameWithoutExtension(full);
                var dated = DatedName().Match(stem);
                var title = dated.Success ? dated.Groups[4].Value : stem;
                var post = new SourcePost(relative, full, "", title, frontMatter, body)
                {
                    BodyLine = bodyLine,
                    InDrafts = drafts,
                    DateFromName = dated.Success ? $"{dated.Groups[1].Value}-{dated.Groups[2].Value}-{dated.Groups[3].Value}" : null,
                };
                var categories = post.Texts("categories").Concat(post.Texts("category")).ToList();
                post = post with { Section = categories.FirstOrDefault() ?? "", WantedSlug = post.Text("slug") ?? title };
                var old = drafts ? [] : new List<string> { post.Text("permalink") ?? Permalink(permalink, post, categories) };
                posts.Add(post with { OldPaths = [.. old, .. post.Texts("redirect_from")] });
            }
        }
        var baseUrl = Generator.Building.SiteConfigBuilder.NormalizeBaseUrl((config.GetValueOrDefault("url") as string ?? "https://example.org") + (config.GetValueOrDefault("baseurl") as string ?? ""))?.AbsoluteUri ?? "https://example.org/";
        var site = new ImportedSite(config.GetValueOrDefault("title") as string ?? "Imported site", baseUrl,
            config.GetValueOrDefault("lang") as string ?? "en", config.GetValueOrDefault("timezone") as string ?? "UTC")
        { Description = config.GetValueOrDefault("description") as string };
        return (site, posts);
    }

    private static Dictionary<string, object?> ReadConfig(string root)
    {
        var path = Path.Combine(root, "_config.yml");
        if (!File.Exists(path)) return [];
        try { return new DeserializerBuilder().Build().Deserialize<Dictionary<string, object?>>(File.ReadAllText(path)) ?? []; }
        catch (YamlDotNet.Core.YamlException) { return []; }
    }

    /// <summary>The address Jekyll gave a post: a named style (date, pretty, ordinal, none) or a pattern of :placeholders.</summary>
    private static string Permalink(string style, SourcePost post, IReadOnlyList<string> categories)
    {
        var pattern = style switch
        {
            "date" => "/:categories/:year/:month/:day/:title:output_ext",
            "pretty" => "/:categories/:year/:month/:day/:title/",
            "ordinal" => "/:categories/:year/:y_day/:title:output_ext",
            "none" => "/:categories/:title:output_ext",
            _ => style,
        };
        var date = IsoDates.Normalize(post.Text("date") ?? post.DateFromName) ?? "0000-00-00";
        var day = DateOnly.TryParseExact(date[..10], "yyyy-MM-dd", out var d) ? d : default;
        var path = pattern
            .Replace(":categories", string.Join('/', categories.Select(c => c.ToLowerInvariant().Replace(' ', '-'))))
            .Replace(":year", date[..4]).Replace(":month", date[5..7]).Replace(":day", date[8..10])
            .Replace(":i_month", day.Month.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace(":i_day", day.Day.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace(":short_year", date[2..4])
            .Replace(":y_day", day.DayOfYear.ToString("000", System.Globalization.CultureInfo.InvariantCulture))
            .Replace(":title", post.Text("slug") ?? post.WantedSlug).Replace(":slug", post.Text("slug") ?? post.WantedSlug)
            .Replace(":output_ext", ".html");
        while (path.Contains("//", StringComparison.Ordinal)) path = path.Replace("//", "/");
        return path;
    }

    protected override string ConvertTags(SourcePost post, string body, IReadOnlyDictionary<string, string> slugsByName, Action<string, string> report)
    {
        body = Highlight().Replace(body, match => $"```{match.Groups[1].Value}\n{match.Groups[2].Value.TrimEnd()}\n```");
        body = Tag().Replace(body, match =>
        {
            var name = match.Groups[1].Value;
            var args = new ShortcodeArguments(match.Groups[2].Value);
            string? converted = name switch
            {
                "raw" or "endraw" => "",
                "post_url" or "link" => args.Get("path", 0) is { } path && slugsByName.TryGetValue(Path.GetFileNameWithoutExtension(path), out var slug) ? "xref:" + slug : null,
                "include" when args.Get("file", 0) is { } file && args.Get("id") is { } id && file.Contains("youtube", StringComparison.OrdinalIgnoreCase)
                    => "\n\n" + Embeds.BlockOrLink($"https://www.youtube.com/watch?v={id}") + "\n\n",
                "include" when args.Get("file", 0) is { } file && args.Get("id") is { } id && file.Contains("vimeo", StringComparison.OrdinalIgnoreCase)
                    => "\n\n" + Embeds.BlockOrLink($"https://vimeo.com/{id}") + "\n\n",
                _ => null,
            };
            if (converted is null) report(Codes.ImportUnknownShortcode, $"the Liquid tag {{% {name} %}} has no StaticNews equivalent (or names nothing imported); it was left out.");
            return converted ?? "";
        });
        return Output().Replace(body, match =>
        {
            if (!match.Groups[1].Value.StartsWith("site.baseurl", StringComparison.Ordinal))
                report(Codes.ImportUnknownShortcode, $"the Liquid output {{{{ {match.Groups[1].Value} }}}} has no StaticNews equivalent; it was left out.");
            return "";
        });
    }
}
