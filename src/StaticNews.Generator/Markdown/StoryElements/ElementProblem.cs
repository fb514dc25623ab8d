namespace StaticNews.Generator.Markdown.StoryElements;

/// <summary>A defect found while parsing a story element; Build reports it, since parsing has no diagnostics of its own.</summary>
public sealed record ElementProblem(string Code, int Line, int Column, string Message);
