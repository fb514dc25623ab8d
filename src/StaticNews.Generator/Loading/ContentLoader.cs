using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Markdown;

namespace StaticNews.Generator.Loading;

/// <summary>
/// The Load stage: reads site.yml, authors.yml and every Markdown file, in parallel. The run's one Markdown
/// pipeline is made once site.yml is read, because site.yml decides whether raw HTML is allowed.
/// </summary>
/// <param name="articles">What earlier runs learnt about each file: an unchanged one's Markdown is not parsed unless Build needs it.</param>
public sealed class ContentLoader(DiagnosticBag diagnostics, ArticleCache? articles = null)
{
    public const string SiteFileName = "site.yml";
    public const string AuthorsFileName = "authors.yml";
    public const string FrontFileName = "front.yml";

    /// <summary>UTF-8 that refuses invalid bytes: articles and the article cache are read with it.</summary>
    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly byte[] Utf8Mark = [0xEF, 0xBB, 0xBF];
    private const int KeptBuffer = 1 << 20;

    // A file larger than KeptBuffer gets an array of its own, dropped after it is read.
    [ThreadStatic] private static byte[]? threadBuffer;

    public LoadedContent Load(InputFolder input)
    {
        var site = ReadSiteFile(input);
        var authors = ReadYamlFile<List<AuthorDto>>(input, AuthorsFileName);
        var rawHtml = site?.Value.RawHtml == true;
        var language = site?.Value.Language;
        var pipeline = ArticleMarkdown.CreatePipeline(allowRawHtml: rawHtml, language);
        articles?.Begin(rawHtml, language);
        var files = input.Files("*.md", diagnostics)
            .AsParallel().AsOrdered()
            .Select(relative => (Path: relative, Loaded: LoadDocument(input, relative, pipeline)))
            .ToList();
        var documents = new List<SourceDocument>(files.Count);
        var unloaded = new List<string>();
        foreach (var (relative, (lookup, document)) in files)
        {
            if (lookup is { } found) articles?.Loaded(found, document);
            if (document is not null) documents.Add(document);
            else unloaded.Add(relative);
        }
        return new LoadedContent(input, site, authors, documents, pipeline)
        {
            UnloadedFiles = unloaded,
            FrontFile = ReadYamlFile<FrontFileDto>(input, FrontFileName, itemLines: true),
        };
    }

    /// <summary>Only site.yml and authors.yml, for tools that need the settings but no articles.</summary>
    public LoadedContent LoadSettings(InputFolder input)
    {
        var site = ReadSiteFile(input);
        var pipeline = ArticleMarkdown.CreatePipeline(allowRawHtml: site?.Value.RawHtml == true, site?.Value.Language);
        return new LoadedContent(input, site, ReadYamlFile<List<AuthorDto>>(input, AuthorsFileName), [], pipeline);
    }

    private YamlSource<SiteFileDto>? ReadSiteFile(InputFolder input)
    {
        if (Path.Exists(input.Combine(SiteFileName)) || IsLink(input.Combine(SiteFileName))) return ReadYamlFile<SiteFileDto>(input, SiteFileName);
        diagnostics.Error(Codes.MissingSiteConfig, input.Display(SiteFileName), 0, 0,
            "the site settings file is missing. Create it with name, base_url, language, timezone and sections.");
        return null;
    }

    /// <summary>Reads a settings file (site.yml, authors.yml, front.yml), which pages of many articles depend on.</summary>
    /// <param name="itemLines">Also note the line of each list entry, for files whose entries are reported one by one.</param>
    private YamlSource<T>? ReadYamlFile<T>(InputFolder input, string relativePath, bool itemLines = false) where T : class, new()
    {
        var display = input.Display(relativePath);
        diagnostics.DependedOn(display);
        if (!Path.Exists(input.Combine(relativePath)) && !IsLink(input.Combine(relativePath))) return null;
        var text = ReadText(input, relativePath, display);
        return text is null ? null : YamlReader.Read<T>(new YamlText(text, display, FirstLine: 1), diagnostics, itemLines);
    }

    /// <summary>
    /// One file loaded (null when it could not be), with what the article cache knew of it, for recording after the
    /// parallel part. A file the cache trusts by its stamp is not read; otherwise the stamp is taken before the read.
    /// </summary>
    private (ArticleCacheLookup? Lookup, SourceDocument? Document) LoadDocument(InputFolder input, string relativePath, MarkdownPipeline pipeline)
    {
        var display = input.Display(relativePath);
        // Even a file the cache trusts is checked: a stamp says nothing about a link that now leads elsewhere.
        if (InputReadPolicy.Check(input, relativePath) is { } refusal)
        {
            refusal.Report(diagnostics, display);
            return (null, null);
        }
        var stamp = articles is null ? null : SourceStamp.Of(input.Combine(relativePath));
        if (articles?.Trusted(relativePath, stamp) is { } trusted)
            return (new ArticleCacheLookup(relativePath, trusted.Hash, trusted, stamp), Reload(null, input, relativePath, display, pipeline, trusted));
        var text = ReadText(input, relativePath, display);
        if (text is null) return (null, null);
        var lookup = articles?.Find(relativePath, text, stamp);
        var document = lookup?.Entry is { } known ? Reload(text, input, relativePath, display, pipeline, known) : ParseDocument(text, relativePath, display, pipeline);
        return (lookup, document);
    }

    /// <summary>
    /// A file the article cache knows: its front matter is the one read before (or, when not kept, its YAML is cut out by
    /// position and read as usual), its Markdown parsed only if asked for. A file trusted by its stamp (no
    /// <paramref name="text"/>; its front matter is always kept) is read only then.
    /// </summary>
    private SourceDocument? Reload(string? text, InputFolder input, string relativePath, string display, MarkdownPipeline pipeline, ArticleCacheEntry known)
    {
        var frontMatter = known.FrontMatter is { } kept
            ? kept.DisplayPath == display ? kept : kept with { DisplayPath = display }
            : YamlReader.Read<FrontMatterDto>(new YamlText(known.Place.Yaml(text!), display, known.Place.FirstLine), diagnostics);
        if (frontMatter is null) return null;
        return new SourceDocument(relativePath, display, frontMatter, known.Place, known.BodyWordCount, new(() =>
        {
            var markdown = Markdig.Markdown.Parse(text ?? Reread(input, relativePath, display, known), pipeline);
            return (markdown, MarkdownParts.Of(markdown));
        }), known.Pictures);
    }

    /// <summary>
    /// The text of a file trusted by its stamp, read when Build needs its Markdown after all. If it is no longer the
    /// text the cache knew, the file changed during this build: its front matter (from the cache) and its body would
    /// not match, so the build reports it, fails and forgets the entry; the text given is empty.
    /// </summary>
    private string Reread(InputFolder input, string relativePath, string display, ArticleCacheEntry known)
    {
        var text = ReadText(input, relativePath, display, quiet: true);
        if (text is not null && ArticleCache.HashOf(text) == known.Hash) return text;
        known.Outdated = true;
        diagnostics.Error(Codes.ChangedWhileBuilding, display, 0, 0,
            "the file changed while the site was being built, so its page would mix the old and the new text. Build again.");
        return "";
    }

    /// <summary>Splits an article's text into front matter and Markdown; problems become diagnostics and give null.</summary>
    public SourceDocument? ParseDocument(string text, string relativePath, string display, MarkdownPipeline pipeline)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(Codes.EmptyFile, display, 0, 0,
                "the article file is empty. Add front matter between `---` lines and the story below it, or delete the file.");
            return null;
        }

        var markdown = Parse(text, pipeline, display);
        if (markdown is null) return null;
        if (markdown.FirstOrDefault() is not YamlFrontMatterBlock frontMatterBlock)
        {
            ReportMissingFrontMatter(text, display);
            return null;
        }

        var yaml = new YamlText(frontMatterBlock.Lines.ToString(), display, FirstLine: frontMatterBlock.Line + 2);
        var frontMatter = YamlReader.Read<FrontMatterDto>(yaml, diagnostics);
        if (frontMatter is null) return null;
        var bodyStart = Math.Min(text.Length, frontMatterBlock.Span.End + 1);
        var body = text.AsSpan(bodyStart);
        if (TextCharacters.IndexOfRefused(body) is var refused && refused >= 0)
        {
            ReportRefusedCharacter(text, bodyStart + refused, display);
            return null;
        }
        var parts = MarkdownParts.Of(markdown);
        var place = FrontMatterPlace.Of(frontMatterBlock, text, yaml.Text);
        return new SourceDocument(relativePath, display, frontMatter, place, CountWords(body), new((markdown, parts)));
    }

    private MarkdownDocument? Parse(string text, MarkdownPipeline pipeline, string display)
    {
        try
        {
            return Markdig.Markdown.Parse(text, pipeline);
        }
        catch (ArgumentException ex) when (ArticleMarkdown.IsDepthLimit(ex))
        {
            diagnostics.Error(Codes.MarkdownTooDeep, display, 0, 0, ArticleMarkdown.TooDeepMessage);
            return null;
        }
    }

    /// <summary>
    /// The body follows the rule of every text field (<see cref="TextCharacters"/>): such a character would reach the
    /// page raw. The file is not loaded, so the article cache never keeps it and a later build reports it again.
    /// </summary>
    private void ReportRefusedCharacter(string text, int index, string display)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var line = text.AsSpan(0, lineStart).Count('\n') + 1;
        diagnostics.Error(Codes.RefusedCharacter, display, line, index - lineStart + 1,
            $"the text holds {TextCharacters.Describe(text, index)}, which no page may contain. Remove it (it often comes with text pasted from a word processor); tab and line breaks are fine.");
    }

    private void ReportMissingFrontMatter(string text, string display)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n').Select(line => line.TrimEnd('\r', ' ')).ToList();
        var startsWithFence = lines[0] == "---";
        if (startsWithFence && lines.Skip(1).Contains("---"))
            diagnostics.Error(Codes.MissingField, display, 1, 1,
                "the front matter between the `---` lines is empty. Add title:, date: and section: lines between them.");
        else if (startsWithFence)
            diagnostics.Error(Codes.UnterminatedFrontMatter, display, 1, 1,
                "the front matter is never closed. Add a line `---` after the last YAML field.");
        else
            diagnostics.Error(Codes.MissingFrontMatter, display, 1, 1,
                "couldn't find front matter. Did you forget to start the file with a line `---`, the YAML fields (title, date, section) and another `---`?");
    }

    /// <summary>The file's text through <see cref="InputReadPolicy"/>; a refusal or bad UTF-8 is reported (unless <paramref name="quiet"/>) and gives null.</summary>
    private string? ReadText(InputFolder input, string relativePath, string display, bool quiet = false)
    {
        // Each loading thread reads its files into one buffer: one array per file was a sixth of Load's allocations.
        var buffer = threadBuffer;
        var refusal = InputReadPolicy.ReadAll(input, relativePath, ref buffer, out var length);
        if (buffer is not null && buffer.Length <= KeptBuffer) threadBuffer = buffer;
        if (refusal is not null)
        {
            if (!quiet) refusal.Report(diagnostics, display);
            return null;
        }
        var bytes = buffer.AsSpan(0, length);
        try
        {
            if (HasUtf16Or32Mark(bytes))
            {
                using var reader = new StreamReader(new MemoryStream(bytes.ToArray()), StrictUtf8, detectEncodingFromByteOrderMarks: true);
                return reader.ReadToEnd();
            }
            return StrictUtf8.GetString(bytes.StartsWith(Utf8Mark) ? bytes[Utf8Mark.Length..] : bytes);
        }
        catch (DecoderFallbackException)
        {
            if (!quiet) diagnostics.Error(Codes.UnreadableFile, display, 0, 0, "the file is not valid UTF-8. Save it with UTF-8 encoding.");
            return null;
        }
    }

    private static bool IsLink(string fullPath) => new FileInfo(fullPath).LinkTarget is not null;

    /// <summary>A UTF-16 or UTF-32 byte order mark, which ReadAllText honours; such rare files keep taking that road.</summary>
    private static bool HasUtf16Or32Mark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]);

    private static int CountWords(ReadOnlySpan<char> body)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in body)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord) words++;
            inWord = isWordChar || (inWord && (c == '\'' || c == '’' || c == '-'));
        }
        return words;
    }
}
