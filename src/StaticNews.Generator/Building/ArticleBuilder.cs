using System.Globalization;
using System.Text;
using StaticNews.Generator.Diagnostics;
using Markdig;
using Markdig.Extensions.SmartyPants;
using StaticNews.Generator.Loading;
using StaticNews.Generator.Markdown.Typography;
using StaticNews.Model;

namespace StaticNews.Generator.Building;

/// <summary>Validates one article's front matter into an <see cref="Article"/> (its body is rendered later, once every URL is known).</summary>
/// <param name="flawed">Sections and authors declared with errors: an article naming one has no second error.</param>
public sealed class ArticleBuilder(
    SiteConfig config,
    IReadOnlyDictionary<string, Author> authors,
    InputFolder input,
    DiagnosticBag diagnostics,
    FlawedNames? flawed = null)
{
    private readonly FlawedNames flawed = flawed ?? FlawedNames.None;
    private const int WordsPerMinute = 220;
    /// <summary>A day's reading: anything longer is a typo, and would print as a nonsense read time.</summary>
    private const int MaxReadTime = 1440;
    /// <summary>The longest file or folder name ext4, APFS and NTFS all accept, in UTF-8 bytes.</summary>
    private const int MaxFolderNameBytes = 255;
    private readonly Dictionary<string, Section> sections = config.Sections.ToDictionary(s => s.Slug, StringComparer.Ordinal);
    private readonly MarkdownPipeline typography = Typographer.PlainTextPipeline(config.Language);
    private readonly SmartyPantOptions marks = Typographer.OptionsFor(config.Language);

    /// <summary>Headline, standfirst and caption with the quotes, apostrophes and dashes of the site's language, as the body has them.</summary>
    private string? Typeset(string? text) => Typographer.Apply(text, typography, marks);

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
        // While a section declaration has errors, an article's section cannot be judged: it may name the one meant there.
        else if (!sections.TryGetValue(dto.Section.Trim(), out section) && flawed.Sections.Count == 0)
            Error(Codes.UnknownSection, path, fm.LineOf("section"),
                $"section '{dto.Section}' is not declared in site.yml. Use one of: {string.Join(", ", sections.Keys)}.");

        var slug = SlugOf(document);
        if (!Slugs.IsValid(slug) || UrlPaths.Reserved.Contains(slug))
            Error(Codes.InvalidSlug, path, fm.LineOf("slug"),
                $"slug '{slug}' is not usable in a URL. Use {Slugs.Rule} (rename the file or set slug:).");

        var articleAuthors = new List<Author>();
        foreach (var authorSlug in Entries(fm, path, "authors", dto.Authors))
        {
            if (!authors.TryGetValue(authorSlug, out var author))
            {
                if (!flawed.Authors.Contains(authorSlug.Trim())) Error(Codes.UnknownAuthor, path, fm.LineOf("authors"),
                    $"author '{authorSlug}' is not in authors.yml. Add them there or correct the slug.");
            }
            else if (articleAuthors.Contains(author))
                Error(Codes.InvalidValue, path, fm.LineOf("authors"), $"author '{authorSlug}' is listed twice, so the byline would name them twice. Remove one.");
            else articleAuthors.Add(author);
        }

        if (dto.ReadTime is <= 0)
            Error(Codes.InvalidValue, path, fm.LineOf("read_time"), "read_time must be a whole number of minutes above 0, or left out to compute it.");
        else if (dto.ReadTime > MaxReadTime)
            Error(Codes.NumberTooLarge, path, fm.LineOf("read_time"), $"read_time {dto.ReadTime} is more than a day ({MaxReadTime} minutes). Write the minutes, or leave it out to compute it.");

        DateTimeOffset? expiresAt = null;
        if (dto.Expires is not null)
        {
            if (IsoDate.TryParse(dto.Expires, config.TimeZone, out var expires)) expiresAt = expires;
            else InvalidDate(fm, path, "expires", dto.Expires);
        }

        var live = BuildLive(fm, path);
        var breakingUntil = BuildBreaking(fm, path, publishedAt);
        var image = BuildImage(fm, path);
        var corrections = BuildCorrections(fm, path);
        var aliases = BuildAliases(fm, path);
        // Other problems are reported but the article is kept, so links to it do not cascade into more errors;
        // the build still fails on them.
        if (title is null || section is null || !Slugs.IsValid(slug)) return null;

        return new Article
        {
            Slug = slug,
            Title = Typeset(title)!,
            PublishedAt = publishedAt,
            UpdatedAt = updatedAt,
            Section = section,
            Summary = Typeset(dto.Summary?.Trim()),
            Source = dto.Source?.Trim(),
            ReadTimeMinutes = dto.ReadTime ?? Math.Max(1, (document.BodyWordCount + WordsPerMinute - 1) / WordsPerMinute),
            Authors = articleAuthors,
            Tags = BuildTags(fm, path),
            Image = image,
            IsDraft = dto.Draft ?? false,
            ExpiresAt = expiresAt,
            Corrections = corrections,
            Aliases = aliases,
            Live = live,
            BreakingUntil = breakingUntil,
            BodyHtml = "",
            Url = config.BasePath + UrlPaths.Article(section.Slug, slug),
            SourcePath = document.RelativePath,
            PinnedRelated = Entries(fm, path, "related", dto.Related),
            ExcludedRelated = Entries(fm, path, "related_exclude", dto.RelatedExclude),
            Extra = fm.UnknownKeys.ToDictionary(kv => kv.Key, kv => kv.Value.Value, StringComparer.Ordinal),
        };
    }

    /// <summary>The slug an article file is known by: its slug: field, else its file name.</summary>
    public static string SlugOf(SourceDocument document) =>
        document.FrontMatter.Value.Slug?.Trim() ?? Path.GetFileNameWithoutExtension(document.RelativePath);

    /// <summary>The live blog's front matter (its updates come from the body, later); live fields on another article are an error.</summary>
    private LiveCoverage? BuildLive(YamlSource<FrontMatterDto> fm, string path)
    {
        var dto = fm.Value;
        DateTimeOffset? ended = null;
        if (dto.LiveEnded is not null)
        {
            if (IsoDate.TryParse(dto.LiveEnded, config.TimeZone, out var end)) ended = end;
            else InvalidDate(fm, path, "live_ended", dto.LiveEnded);
        }
        if (dto.Live == true)
            return new LiveCoverage { Updates = [], KeyPoints = Entries(fm, path, "key_points", dto.KeyPoints).Select(p => p.Trim()).ToList(), EndedAt = ended };
        foreach (var key in new[] { "live_ended", "key_points" }.Where(key => fm.KeyLines.ContainsKey(key)))
            Error(Codes.LiveWithoutUpdates, path, fm.LineOf(key), $"{key}: belongs to a live blog, and this article is not one. Add live: true, or remove {key}:.");
        return null;
    }

    /// <summary>How long a <c>breaking: true</c> story without <c>breaking_until:</c> stays in the banner.</summary>
    public static readonly TimeSpan BreakingWindow = TimeSpan.FromHours(6);

    private DateTimeOffset? BuildBreaking(YamlSource<FrontMatterDto> fm, string path, DateTimeOffset publishedAt)
    {
        var dto = fm.Value;
        DateTimeOffset? until = null;
        if (dto.BreakingUntil is not null)
        {
            if (IsoDate.TryParse(dto.BreakingUntil, config.TimeZone, out var end)) until = end;
            else InvalidDate(fm, path, "breaking_until", dto.BreakingUntil);
        }
        if (dto.Breaking == true) return until ?? publishedAt + BreakingWindow;
        if (dto.BreakingUntil is not null)
            Error(Codes.InvalidBreaking, path, fm.LineOf("breaking_until"), "breaking_until: is set but breaking: is not true, so no banner shows. Add breaking: true, or remove breaking_until:.");
        return null;
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
        if (!Path.Exists(input.Combine(src)) && new FileInfo(input.Combine(src)).LinkTarget is null)
        {
            Error(Codes.MissingImage, path, line, $"image '{src}' does not exist in the input folder. Check the file name.");
            return null;
        }
        if (InputReadPolicy.Check(input, src) is { } refusal)
        {
            Error(refusal.Code, path, line, $"image '{src}': {refusal.Message}");
            return null;
        }
        return new HeroImage(config.BasePath + src, image.Alt?.Trim() ?? "", Typeset(image.Caption?.Trim()), image.Credit?.Trim())
        {
            Source = src,
            Focus = BuildFocus(image.Focus, path, line),
        };
    }

    private FocalPoint BuildFocus(List<string>? focus, string path, int line)
    {
        if (focus is null) return FocalPoint.Centre;
        double[] numbers = [.. focus.Select(text => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.NaN)];
        if (numbers is [var x and >= 0 and <= 1, var y and >= 0 and <= 1]) return new FocalPoint(x, y);
        Error(Codes.InvalidFocus, path, line,
            $"image focus [{string.Join(", ", focus)}] must be two numbers from 0 to 1, [x, y] from the picture's top left, e.g. focus: [0.3, 0.4]; leave it out for the centre.");
        return FocalPoint.Centre;
    }

    private List<Correction> BuildCorrections(YamlSource<FrontMatterDto> fm, string path)
    {
        var corrections = new List<Correction>();
        var line = fm.LineOf("corrections");
        foreach (var dto in fm.Value.Corrections ?? [])
        {
            if (dto is null)
            {
                Error(Codes.EmptyListEntry, path, line, "an entry of corrections: is empty. Write it like {date: 2026-03-19, text: \"…\"}, or remove it.");
                continue;
            }
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
        foreach (var written in Entries(fm, path, "aliases", fm.Value.Aliases))
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
        foreach (var name in Entries(fm, path, "tags", fm.Value.Tags))
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

    /// <summary>The entries of a list field; an empty one (<c>- </c>, <c>~</c>, <c>""</c>) is reported and left out.</summary>
    private List<string> Entries(YamlSource<FrontMatterDto> fm, string path, string key, List<string>? written)
    {
        if (written is null) return [];
        if (!written.Any(string.IsNullOrWhiteSpace)) return written;
        Error(Codes.EmptyListEntry, path, fm.LineOf(key), $"{key}: has an empty entry. Remove it, or write the value it was meant to hold.");
        return written.Where(entry => !string.IsNullOrWhiteSpace(entry)).ToList();
    }

    private void Missing(YamlSource<FrontMatterDto> fm, string path, string key, string example) =>
        Error(Codes.MissingField, path, fm.FirstLine, $"the required field '{key}' is missing. Add a line like {example}.");

    private void InvalidDate(YamlSource<FrontMatterDto> fm, string path, string key, string value) =>
        Error(Codes.InvalidDate, path, fm.LineOf(key), $"{key} '{value}' is not {IsoDate.Rule}. Write it like {IsoDate.Examples}.");

    /// <summary>Reports an error and returns false, so callers can write <c>Error(…)</c>.</summary>
    private bool Error(string code, string path, int line, string message)
    {
        diagnostics.Error(code, path, line, 1, message);
        return false;
    }
}
