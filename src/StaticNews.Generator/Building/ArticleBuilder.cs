using System.Text;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Model;

namespace StaticNews.Generator.Building;

/// <summary>Validates one article's front matter into an <see cref="Article"/> (its body is rendered later, once every URL is known).</summary>
public sealed class ArticleBuilder(
    SiteConfig config,
    IReadOnlyDictionary<string, Author> authors,
    InputFolder input,
    DiagnosticBag diagnostics)
{
    private const int WordsPerMinute = 220;
    /// <summary>The longest file or folder name ext4, APFS and NTFS all accept, in UTF-8 bytes.</summary>
    private const int MaxFolderNameBytes = 255;
    private readonly Dictionary<string, Section> sections = config.Sections.ToDictionary(s => s.Slug, StringComparer.Ordinal);

    public Article? Build(SourceDocument document)
    {
        var fm = document.FrontMatter;
        var dto = fm.Value;
        var path = document.DisplayPath;

        foreach (var (key, unknown) in fm.UnknownKeys)
            diagnostics.Warning(Codes.UnknownField, path, unknown.Line, 1,
                $"unknown front matter field '{key}' is kept for templates. If it is a typo, correct it.");

        var title = dto.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            title = null;
            Missing(fm, path, "title", "title: \"The headline\"");
        }

        DateTimeOffset publishedAt = default;
        if (dto.Date is null) Missing(fm, path, "date", $"date: {IsoDate.Examples.Split(',')[0]}");
        else if (!IsoDate.TryParse(dto.Date, config.TimeZone, out publishedAt)) InvalidDate(fm, path, "date", dto.Date);

        DateTimeOffset? updatedAt = null;
        if (dto.Updated is not null)
        {
            if (IsoDate.TryParse(dto.Updated, config.TimeZone, out var updated)) updatedAt = updated;
            else InvalidDate(fm, path, "updated", dto.Updated);
        }

        Section? section = null;
        if (dto.Section is null) Missing(fm, path, "section", $"section: {config.Sections[0].Slug}");
        else if (!sections.TryGetValue(dto.Section.Trim(), out section))
            Error(Codes.UnknownSection, path, fm.LineOf("section"),
                $"section '{dto.Section}' is not declared in site.yml. Use one of: {string.Join(", ", sections.Keys)}.");

        var slug = dto.Slug?.Trim() ?? Path.GetFileNameWithoutExtension(document.RelativePath);
        if (!Slugs.IsValid(slug) || UrlPaths.Reserved.Contains(slug))
            Error(Codes.InvalidSlug, path, fm.LineOf("slug"),
                $"slug '{slug}' is not usable in a URL. Use {Slugs.Rule} (rename the file or set slug:).");

        var articleAuthors = new List<Author>();
        foreach (var authorSlug in dto.Authors ?? [])
        {
            if (authors.TryGetValue(authorSlug, out var author)) articleAuthors.Add(author);
            else Error(Codes.UnknownAuthor, path, fm.LineOf("authors"),
                $"author '{authorSlug}' is not in authors.yml. Add them there or correct the slug.");
        }

        if (dto.ReadTime is <= 0)
            Error(Codes.InvalidValue, path, fm.LineOf("read_time"), "read_time must be a whole number of minutes above 0, or left out to compute it.");

        DateTimeOffset? expiresAt = null;
        if (dto.Expires is not null)
        {
            if (IsoDate.TryParse(dto.Expires, config.TimeZone, out var expires)) expiresAt = expires;
            else InvalidDate(fm, path, "expires", dto.Expires);
        }

        var image = BuildImage(fm, path);
        var corrections = BuildCorrections(fm, path);
        var aliases = BuildAliases(fm, path);
        // Other problems are reported but the article is kept, so links to it do not cascade into more errors;
        // the build still fails on them.
        if (title is null || section is null || !Slugs.IsValid(slug)) return null;

        return new Article
        {
            Slug = slug,
            Title = title,
            PublishedAt = publishedAt,
            UpdatedAt = updatedAt,
            Section = section,
            Summary = dto.Summary?.Trim(),
            Source = dto.Source?.Trim(),
            ReadTimeMinutes = dto.ReadTime ?? Math.Max(1, (document.BodyWordCount + WordsPerMinute - 1) / WordsPerMinute),
            Authors = articleAuthors,
            Tags = BuildTags(fm, path),
            Image = image,
            IsDraft = dto.Draft ?? false,
            ExpiresAt = expiresAt,
            Corrections = corrections,
            Aliases = aliases,
            BodyHtml = "",
            Url = config.BasePath + UrlPaths.Article(section.Slug, slug),
            SourcePath = document.RelativePath,
            PinnedRelated = dto.Related ?? [],
            ExcludedRelated = dto.RelatedExclude ?? [],
            Extra = fm.UnknownKeys.ToDictionary(kv => kv.Key, kv => kv.Value.Value, StringComparer.Ordinal),
        };
    }

    private HeroImage? BuildImage(YamlSource<FrontMatterDto> fm, string path)
    {
        var image = fm.Value.Image;
        if (image is null) return null;
        var line = fm.LineOf("image");
        if (string.IsNullOrWhiteSpace(image.Src))
        {
            Error(Codes.MissingField, path, line, "image needs src: the path of the picture, e.g. src: images/harbour.jpg.");
            return null;
        }
        if (string.IsNullOrWhiteSpace(image.Alt))
            Error(Codes.MissingField, path, line, "image needs alt: a short description of the picture for readers who cannot see it.");
        var src = image.Src.Trim();
        if (!InputPaths.IsSafeRelative(src))
        {
            Error(Codes.InvalidValue, path, line,
                $"image src '{src}' must be a path inside the input folder, like images/harbour.jpg (no '..', '\\' or absolute paths).");
            return null;
        }
        if (InputPaths.LeavesInput(input, src))
        {
            Error(Codes.InvalidValue, path, line,
                $"image '{src}' is a link to a file outside the input folder, which is never published. Copy the picture into the input folder instead.");
            return null;
        }
        if (!InputPaths.Exists(input, src))
        {
            Error(Codes.MissingImage, path, line, $"image '{src}' does not exist in the input folder. Check the file name.");
            return null;
        }
        return new HeroImage(config.BasePath + src, image.Alt?.Trim() ?? "", image.Caption?.Trim(), image.Credit?.Trim()) { Source = src };
    }

    private List<Correction> BuildCorrections(YamlSource<FrontMatterDto> fm, string path)
    {
        var corrections = new List<Correction>();
        var line = fm.LineOf("corrections");
        foreach (var dto in fm.Value.Corrections ?? [])
        {
            if (string.IsNullOrWhiteSpace(dto.Text))
                Error(Codes.MissingField, path, line, "each correction needs text: what was wrong and what is right, e.g. {date: 2026-03-19, text: \"An earlier version misspelt the minister's name.\"}.");
            if (dto.Date is null)
                Error(Codes.MissingField, path, line, $"each correction needs date: when it was made, e.g. date: {IsoDate.Examples.Split(',')[0]}.");
            else if (!IsoDate.TryParse(dto.Date, config.TimeZone, out var date)) InvalidDate(fm, path, "corrections", dto.Date);
            else if (!string.IsNullOrWhiteSpace(dto.Text)) corrections.Add(new Correction(date, dto.Text.Trim()));
        }
        return corrections.OrderBy(c => c.Date).ToList();
    }

    private List<string> BuildAliases(YamlSource<FrontMatterDto> fm, string path)
    {
        var aliases = new List<string>();
        foreach (var written in fm.Value.Aliases ?? [])
        {
            var alias = Aliases.Normalize(written);
            if (alias is null)
                Error(Codes.InvalidValue, path, fm.LineOf("aliases"),
                    $"alias '{written}' is not an address on this site. Write the old path below the site root, like world/old-slug/ or 2025/03/story.html.");
            else aliases.Add(alias);
        }
        return aliases.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>One tag per slug, in the order written; a name with no letter or digit has no address and is left out.</summary>
    private List<Tag> BuildTags(YamlSource<FrontMatterDto> fm, string path)
    {
        var tags = new List<Tag>();
        foreach (var name in fm.Value.Tags ?? [])
        {
            var slug = Slugs.ForTag(name);
            if (slug.Length == 0)
                diagnostics.Warning(Codes.TagWithoutWords, path, fm.LineOf("tags"), 1,
                    $"tag '{name}' has no letter or digit to make its address from, so it is left out. Write it in words, or remove it from tags:.");
            else if (Encoding.UTF8.GetByteCount(slug) > MaxFolderNameBytes)
                Error(Codes.InvalidValue, path, fm.LineOf("tags"),
                    $"tag '{string.Concat(name.EnumerateRunes().Take(40))}…' is too long to name its page's folder ({Encoding.UTF8.GetByteCount(slug)} bytes; file systems allow {MaxFolderNameBytes}). Shorten it.");
            else if (tags.Find(t => t.Slug == slug) is not { } same)
                tags.Add(new Tag(slug, name.Trim(), config.BasePath + UrlPaths.Tag(slug)));
            else if (Slugs.TagWords(same.Name) != Slugs.TagWords(name))
                diagnostics.Warning(Codes.TagSharesAddress, path, fm.LineOf("tags"), 1,
                    $"tag '{name.Trim()}' gets the address {UrlPaths.TagsFolder}/{slug}/, as the different tag '{same.Name}' before it does, so it is left out " +
                    $"(an address keeps only letters, digits and hyphens). Tell them apart in letters or digits (e.g. 'C sharp' for 'C#'), or remove one.");
        }
        return tags;
    }

    private void Missing(YamlSource<FrontMatterDto> fm, string path, string key, string example) =>
        Error(Codes.MissingField, path, fm.FirstLine, $"the required field '{key}' is missing. Add a line like {example}.");

    private void InvalidDate(YamlSource<FrontMatterDto> fm, string path, string key, string value) =>
        Error(Codes.InvalidDate, path, fm.LineOf(key), $"{key} '{value}' is not an ISO 8601 date. Write it like {IsoDate.Examples}.");

    /// <summary>Reports an error and returns false, so callers can write <c>Error(…)</c>.</summary>
    private bool Error(string code, string path, int line, string message)
    {
        diagnostics.Error(code, path, line, 1, message);
        return false;
    }
}
