using Markdig.Syntax;
using StaticNews.Generator.Markdown;

namespace StaticNews.Generator.Loading;

/// <summary>An article file after loading: its front matter, its parsed Markdown and facts about its text.</summary>
/// <param name="RelativePath">Path inside the input folder, with forward slashes.</param>
/// <param name="DisplayPath">Path as shown in diagnostics.</param>
/// <param name="Markdown">The whole file parsed; line numbers in it are file lines (0-based).</param>
/// <param name="Parts">The nodes of <paramref name="Markdown"/> that Building reads or rewrites.</param>
public sealed record SourceDocument(
    string RelativePath,
    string DisplayPath,
    YamlSource<FrontMatterDto> FrontMatter,
    MarkdownDocument Markdown,
    MarkdownParts Parts,
    int BodyWordCount);
