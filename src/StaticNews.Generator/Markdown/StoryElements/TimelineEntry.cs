namespace StaticNews.Generator.Markdown.StoryElements;

/// <summary>One line of a timeline, <c>label: what happened</c>; a label in ISO form (2026-10-20) is also a machine date.</summary>
public sealed record TimelineEntry(string Label, DateOnly? Date, string Text);
