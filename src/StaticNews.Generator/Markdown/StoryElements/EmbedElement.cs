namespace StaticNews.Generator.Markdown.StoryElements;

/// <summary><c>::: embed URL</c>: a third-party item shown as a facade until the reader asks for it.</summary>
/// <param name="Provider">The platform, or null for an .mp3, a PDF or a page on a host of site.yml's <c>embed_hosts:</c>.</param>
/// <param name="Original">The editor's URL, checked to be https; the facade links to it.</param>
/// <param name="FrameUrl">What the click loads, built from validated parts; null for a PDF, which is only linked.</param>
/// <param name="UploadDate">With title, description and poster, makes a video's VideoObject.</param>
public sealed record EmbedElement(
    EmbedProvider? Provider,
    EmbedKind Kind,
    Uri Original,
    string? FrameUrl,
    string? Title,
    string? Description,
    string? Caption,
    ElementField? Poster,
    DateOnly? UploadDate) : StoryElement
{
    /// <summary>True for a page whose host site.yml must list in <c>embed_hosts:</c>.</summary>
    public bool NeedsAllowedHost => Provider is null && Kind == EmbedKind.Page;

    public bool IsAudioFile => Provider is null && Kind == EmbedKind.Audio;

    public string SourceName => Provider?.Name ?? Original.IdnHost;

    /// <summary>"Video", "Post", … as a feed reader sees it: "Video: title — link".</summary>
    public string KindLabel => Kind switch
    {
        EmbedKind.Video => "Video",
        EmbedKind.Post => "Post",
        EmbedKind.Chart => "Chart",
        EmbedKind.Map => "Map",
        EmbedKind.Audio => "Audio",
        EmbedKind.Document => "Document",
        _ => "Embed",
    };
}
