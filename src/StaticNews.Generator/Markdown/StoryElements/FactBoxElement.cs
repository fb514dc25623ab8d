namespace StaticNews.Generator.Markdown.StoryElements;

/// <summary><c>::: factbox Title</c>: a titled box of Markdown ("Key facts").</summary>
public sealed record FactBoxElement(string Title) : StoryElement;
