namespace StaticNews.Generator.Markdown.StoryElements;

/// <summary><c>::: story slug</c>: a card for another article, resolved like an <c>xref:</c> link.</summary>
public sealed record StoryCardElement(string Slug, int Line, int Column) : StoryElement;
