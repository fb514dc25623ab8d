namespace StaticNews.Generator.Markdown.StoryElements;

/// <summary>A story element read from a <c>::: name</c> block, its fields checked; each kind is a record of its own.</summary>
public abstract record StoryElement;
