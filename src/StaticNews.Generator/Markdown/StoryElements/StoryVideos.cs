using StaticNews.Model;

namespace StaticNews.Generator.Markdown.StoryElements;

/// <summary>The videos of a body that can be described as schema.org VideoObjects: those whose editor gave title, description, poster and date.</summary>
public static class StoryVideos
{
    public static IReadOnlyList<StoryVideo> Of(MarkdownParts parts, string basePath) =>
        parts.Elements
            .Select(block => block.Element)
            .OfType<EmbedElement>()
            .Where(embed => embed.Kind == EmbedKind.Video)
            .Select(embed => embed is { Title: { } name, Description: { } description, Poster: { } poster, UploadDate: { } date, FrameUrl: { } frame }
                ? new StoryVideo(name, description, basePath + poster.Value, date, embed.Original.AbsoluteUri, frame)
                : null)
            .OfType<StoryVideo>()
            .ToList();
}
