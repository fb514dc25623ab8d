namespace StaticNews.Generator.Markdown.StoryElements;

/// <summary>One picture of a gallery: <c>image: path | caption | credit</c>; the caption is also its text alternative.</summary>
public sealed record GalleryPicture(ElementField Source, string Caption, string? Credit);
