using System.Text.RegularExpressions;
using StaticNews.Generator.Diagnostics;
using StaticNews.Import.Conversion;

namespace StaticNews.Import.MarkdownSites;

/// <summary>
/// <c>staticnews import hugo</c>: content/&lt;section&gt;/**.md with YAML front matter. The section is the first folder;
/// the old address is Hugo's default /&lt;section&gt;/&lt;slug&gt;/ (or url:), kept with aliases: as redirects.
/// </summary>
public sealed partial class HugoImporter : MarkdownSiteImporter
{
    [GeneratedRegex(@"\{\{[<%]\s*(/?)([A-Za-z][\w-]*)(.*?)[>%]\}\}", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"\{\{[<%]\s*highlight\s+([\w+-]*)[^}]*[>%]\}\}\s*\n?(.*?)\{\{[<%]\s*/highlight\s*[>%]\}\}", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Highlight();

    [GeneratedRegex(@"^\s*(title|baseURL|baseurl|languageCode)\s*[=:]\s*[""']?([^""'\n]*)[""']?\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ConfigLine();

    protected override string Kind => "hugo";

    protected override string StaticFolder(string root) => Path.Combine(root, "static");

    protected override (ImportedSite Site, List<SourcePost> Posts) Read(string root, DiagnosticBag diagnostics, ImportCounts counts)
    {
        var content = Path.Combine(root, "content");
        if (!Directory.Exists(content))
        {
            diagnostics.Error(Codes.ImportUnreadableSource, root, 0, 0, "has no content/ folder, so it is not a Hugo site. Pass the folder that holds hugo.toml (or config.toml) and content/.");
            return (new ImportedSite("Imported site", "https://example.org/", "en", "UTC"), []);
        }
        var posts = new List<SourcePost>();
        foreach (var full in Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
            var parts = Path.GetRelativePath(content, full).Replace('\\', '/').Split('/');
            var name = Path.GetFileNameWithoutExtension(full);
            if (name == "_index") { counts.Add("list pages skipped (_index.md)"); continue; }
            if (parts.Length == 1)
            {
                counts.Add("pages skipped");
                diagnostics.Warning(Codes.ImportSkippedItem, Path.Combine(root, relative), 1, 1, "is a page outside any section; StaticNews has no static pages yet, so it is skipped.");
                continue;
            }
            var (frontMatter, body, bodyLine, error) = FrontMatterReader.Read(File.ReadAllText(full));
            if (frontMatter is null) { diagnostics.Error(Codes.ImportInvalidFrontMatter, Path.Combine(root, relative), 1, 1, error!); continue; }
            var fileSlug = name == "index" ? parts[^2] : name;
            var post = new SourcePost(relative, full, parts[0], "", frontMatter, body) { BodyLine = bodyLine };
            var wanted = post.Text("slug") ?? fileSlug;
            var permalink = post.Text("url") ?? $"/{parts[0].ToLowerInvariant()}/{wanted.ToLowerInvariant()}/";
            posts.Add(post with { WantedSlug = wanted, OldPaths = [permalink, .. post.Texts("aliases")] });
        }
        return (SiteOf(root), posts);
    }

    private static ImportedSite SiteOf(string root)
    {
        var config = new[] { "hugo.toml", "hugo.yaml", "hugo.yml", "config.toml", "config.yaml", "config.yml" }
            .Select(f => Path.Combine(root, f)).FirstOrDefault(File.Exists);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (config is not null)
            foreach (Match match in ConfigLine().Matches(File.ReadAllText(config))) values.TryAdd(match.Groups[1].Value, match.Groups[2].Value.Trim());
        var baseUrl = Generator.Building.SiteConfigBuilder.NormalizeBaseUrl(values.GetValueOrDefault("baseURL"))?.AbsoluteUri ?? "https://example.org/";
        return new ImportedSite(values.GetValueOrDefault("title") is { Length: > 0 } title ? title : "Imported site", baseUrl,
            values.GetValueOrDefault("languageCode") is { Length: > 0 } language ? language : "en", "UTC");
    }

    protected override string ConvertTags(SourcePost post, string body, IReadOnlyDictionary<string, string> slugsByName, Action<string, string> report)
    {
        body = Highlight().Replace(body, match => $"```{match.Groups[1].Value}\n{match.Groups[2].Value.TrimEnd()}\n```");
        return Shortcode().Replace(body, match =>
        {
            var name = match.Groups[2].Value.ToLowerInvariant();
            if (match.Groups[1].Value.Length > 0) return "";
            var args = new ShortcodeArguments(match.Groups[3].Value);
            string? Embed(string? url) => url is null ? null : "\n\n" + Embeds.BlockOrLink(url) + "\n\n";
            var converted = name switch
            {
                "youtube" => Embed(args.Get("id", 0) is { } id ? $"https://www.youtube.com/watch?v={id}" : null),
                "vimeo" => Embed(args.Get("id", 0) is { } id ? $"https://vimeo.com/{id}" : null),
                "tweet" or "twitter" or "x" => Embed(TweetAddress(args)),
                "instagram" => Embed(args.Get("id", 0) is { } id ? $"https://www.instagram.com/p/{id}/" : null),
                "figure" => args.Get("src", 0) is { } src
                    ? $"\n\n![{args.Get("alt") ?? ""}]({src})" + (args.Get("caption") is { Length: > 0 } caption ? $"\n\n*{caption}*" : "") + "\n\n"
                    : null,
                "ref" or "relref" => args.Get("path", 0) is { } path && Referenced(path.Split('#')[0], slugsByName) is { } slug ? "xref:" + slug : null,
                _ => null,
            };
            if (converted is null)
                report(Codes.ImportUnknownShortcode, $"the shortcode {{{{< {name} >}}}} has no StaticNews equivalent (or names nothing imported); it was left out.");
            return converted ?? "";
        });
    }

    /// <summary>{{&lt; tweet user="u" id="1" &gt;}} or the older {{&lt; tweet 1 &gt;}} as the post's address.</summary>
    private static string? TweetAddress(ShortcodeArguments args)
    {
        var id = args.Get("id", 1) ?? args.Get("id", 0);
        if (id is null) return null;
        var user = args.Get("user", 0) is { } named && named != id ? named : "i";
        return $"https://x.com/{user}/status/{id}";
    }

    /// <summary>The slug of the post a ref names: by its path under content/, else by its bundle folder or file name.</summary>
    private static string? Referenced(string path, IReadOnlyDictionary<string, string> slugsByName)
    {
        var trimmed = path.Trim().TrimStart('/');
        var parts = trimmed.Split('/');
        var name = Path.GetFileNameWithoutExtension(trimmed) is "index" or "_index" && parts.Length > 1 ? parts[^2] : Path.GetFileNameWithoutExtension(trimmed);
        foreach (var key in new[] { "content/" + trimmed, "content/" + trimmed + ".md", trimmed, name })
            if (slugsByName.TryGetValue(key, out var slug)) return slug;
        return null;
    }
}
