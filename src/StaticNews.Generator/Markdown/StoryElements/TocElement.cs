namespace StaticNews.Generator.Markdown.StoryElements;

/// <summary><c>::: toc [title]</c>: a table of contents of the article's <c>##</c> subheads, where the editor puts it.</summary>
public sealed record TocElement(string Title) : StoryElement;
