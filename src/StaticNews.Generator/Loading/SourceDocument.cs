using Markdig.Syntax;
using StaticNews.Generator.Markdown;

namespace StaticNews.Generator.Loading;

/// <summary>
/// An article file after loading: its front matter, its Markdown and facts about its text. The Markdown is parsed when
/// first asked for, so an article whose body the article cache already holds is never parsed.
/// </summary>
/// <param name="relativePath">Path inside the input folder, with forward slashes.</param>
/// <param name="displayPath">Path as shown in diagnostics.</param>
/// <param name="place">Where the front matter sits in the text, or null when it cannot be cut out again by position.</param>
/// <param name="parsed">The whole file parsed and its parts: already at hand, or parsed on first use.</param>
/// <param name="pictures">The pictures when already known (from the article cache).</param>
public sealed class SourceDocument(
    string relativePath, string displayPath, YamlSource<FrontMatterDto> frontMatter, FrontMatterPlace? place, int bodyWordCount,
    Lazy<(MarkdownDocument Markdown, MarkdownParts Parts)> parsed, IReadOnlyList<string>? pictures = null)
{
    private IReadOnlyList<string>? pictures = pictures;

    public string RelativePath { get; } = relativePath;
    public string DisplayPath { get; } = displayPath;
    public YamlSource<FrontMatterDto> FrontMatter { get; } = frontMatter;
    public FrontMatterPlace? Place { get; } = place;
    public int BodyWordCount { get; } = bodyWordCount;

    /// <summary>The whole file parsed; line numbers in it are file lines (0-based).</summary>
    public MarkdownDocument Markdown => parsed.Value.Markdown;

    /// <summary>The nodes of <see cref="Markdown"/> that Building reads or rewrites.</summary>
    public MarkdownParts Parts => parsed.Value.Parts;

    /// <summary>The input files the body shows as pictures (<see cref="MarkdownParts.Pictures"/>), in document order.</summary>
    public IReadOnlyList<string> Pictures => pictures ??= Parts.Pictures.ToList();
}
