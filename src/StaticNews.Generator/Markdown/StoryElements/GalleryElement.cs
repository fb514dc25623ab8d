namespace StaticNews.Generator.Markdown.StoryElements;

/// <summary><c>::: gallery [title]</c>: pictures with captions and credits, in a row the reader scrolls with keys or touch.</summary>
public sealed record GalleryElement(string Title, IReadOnlyList<GalleryPicture> Pictures) : StoryElement;
