namespace StaticNews.Generator.Markdown.StoryElements;

/// <summary><c>::: timeline [title]</c>: dated entries, in the order written.</summary>
public sealed record TimelineElement(string Title, IReadOnlyList<TimelineEntry> Entries) : StoryElement;
