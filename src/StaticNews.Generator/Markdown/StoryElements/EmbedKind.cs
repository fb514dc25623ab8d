namespace StaticNews.Generator.Markdown.StoryElements;

/// <summary>What an embed shows; it decides the facade's wording, its frame's shape and the feed line ("Video: …").</summary>
public enum EmbedKind
{
    Video,
    Post,
    Chart,
    Map,
    Audio,
    Document,
    Page,
}
