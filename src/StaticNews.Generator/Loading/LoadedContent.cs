using Markdig;

namespace StaticNews.Generator.Loading;

/// <summary>Everything read from the input folder, not yet validated against each other, and the run's Markdown pipeline.</summary>
public sealed record LoadedContent(
    InputFolder Input,
    YamlSource<SiteFileDto>? SiteFile,
    YamlSource<List<AuthorDto>>? AuthorsFile,
    IReadOnlyList<SourceDocument> Documents,
    MarkdownPipeline Pipeline);
