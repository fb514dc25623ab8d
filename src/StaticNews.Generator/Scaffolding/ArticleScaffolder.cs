using System.Globalization;
using System.Text;
using StaticNews.Generator.Building;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Generator.Markdown;
using StaticNews.Model;

namespace StaticNews.Generator.Scaffolding;

/// <summary>
/// Writes a new draft article with complete front matter: checked against site.yml and authors.yml, dated now in the
/// site's time zone, named after the headline, and never over an existing file.
/// </summary>
public sealed class ArticleScaffolder(TimeProvider clock)
{
    private const int MaxSlugLength = 80;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public NewArticleResult Create(NewArticleRequest request)
    {
        var input = InputFolder.From(request.InputDirectory);
        var diagnostics = new DiagnosticBag();
        var settings = new ContentLoader(diagnostics).LoadSettings(input);
        var config = settings.SiteFile is null ? null : new SiteConfigBuilder(diagnostics).Build(settings.SiteFile, null);
        var authors = new AuthorsBuilder(diagnostics).Build(settings.AuthorsFile, config?.BasePath ?? "/");
        if (config is null || diagnostics.HasErrors)
            return Failed(diagnostics.ToSortedList().Where(d => d.IsError).Select(d => d.ToString()));

        var errors = new List<string>();
        var section = config.Sections.FirstOrDefault(s => s.Slug == request.Section);
        if (section is null)
            errors.Add($"section '{request.Section}' is not declared in {input.Display(ContentLoader.SiteFileName)}. Use one of: {string.Join(", ", config.Sections.Select(s => s.Slug))}.");
        foreach (var author in request.Authors.Where(a => !authors.ContainsKey(a)))
            errors.Add($"author '{author}' is not in {input.Display(ContentLoader.AuthorsFileName)}. Use one of: {string.Join(", ", authors.Keys.Order(StringComparer.Ordinal))}.");
        var slug = request.Slug ?? Shorten(Slugs.AsciiFromText(request.Headline));
        if (string.IsNullOrWhiteSpace(request.Headline))
            errors.Add("the headline is empty. Give it in quotes: staticnews new world \"Storm closes the harbour\".");
        else if (!Slugs.IsValid(slug) || UrlPaths.Reserved.Contains(slug))
            errors.Add($"the slug '{slug}' made from the headline is not usable in a URL. Pass --slug with {Slugs.Rule}.");
        if (errors.Count > 0 || section is null) return Failed(errors);

        var relative = $"{section.Slug}/{slug}.md";
        var path = input.Combine(relative);
        var sameSlug = Directory.EnumerateFiles(input.FullPath, slug + ".md", SearchOption.AllDirectories)
            .Select(input.Relative)
            .FirstOrDefault(other => other != relative);
        if (sameSlug is not null)
            return Failed([$"the slug '{slug}' is already used by {input.Display(sameSlug)}, and slugs are unique across sections. Pass --slug with another one."]);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(Utf8.GetBytes(Text(request, section, config.TimeZone)));
        }
        catch (IOException) when (File.Exists(path))
        {
            return Failed([$"{input.Display(relative)} already exists and was left as it is. Choose another headline or pass --slug."]);
        }
        return new NewArticleResult(input.Display(relative), []);
    }

    /// <summary>The file name is the slug, so the front matter needs no slug: line.</summary>
    private string Text(NewArticleRequest request, Section section, TimeZoneInfo zone)
    {
        var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone);
        var minute = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, now.Offset);
        var lines = new List<string>
        {
            "---",
            $"title: {Quoted(request.Headline.Trim())}",
            $"date: {minute.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}",
            $"section: {section.Slug}",
            "summary:",
            "source:",
            $"authors: [{string.Join(", ", request.Authors)}]",
            "tags: []",
        };
        lines.AddRange(["draft: true", "---", "", "Write the story here, in Markdown.", ""]);
        return string.Join('\n', lines);
    }

    /// <summary>A YAML double-quoted scalar on one line: control characters become spaces, backslash and quote are escaped.</summary>
    private static string Quoted(string text)
    {
        var oneLine = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return "\"" + oneLine.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }

    /// <summary>Long headlines make long URLs; cut at the last whole word that fits.</summary>
    private static string Shorten(string slug)
    {
        if (slug.Length <= MaxSlugLength) return slug;
        var cut = slug.LastIndexOf('-', MaxSlugLength);
        return cut > 0 ? slug[..cut] : slug[..MaxSlugLength];
    }

    private static NewArticleResult Failed(IEnumerable<string> errors) => new(null, errors.ToList());
}
