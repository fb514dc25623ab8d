namespace StaticNews.Generator.Markdown.StoryElements;

/// <summary>One <c>key: value</c> line inside a story element, with where it stands (1-based) for diagnostics.</summary>
public sealed record ElementField(string Key, string Value, int Line, int Column, int ValueColumn);
