using Markdig;

namespace StaticNews.Generator.Loading;

/// <summary>Everything read from the input folder, not yet validated against each other, and the run's Markdown pipeline.</summary>
public sealed record LoadedContent(
    InputFolder Input,
    YamlSource<SiteFileDto>? SiteFile,
    YamlSource<List<AuthorDto>>? AuthorsFile,
    IReadOnlyList<SourceDocument> Documents,
    MarkdownPipeline Pipeline)
{
    /// <summary>Article files that were found but could not be read as articles (their errors are reported).</summary>
    public IReadOnlyList<string> UnloadedFiles { get; init; } = [];

    /// <summary>input/front.yml, the editors' order of the home page; null when the site has none.</summary>
    public YamlSource<FrontFileDto>? FrontFile { get; init; }
}
