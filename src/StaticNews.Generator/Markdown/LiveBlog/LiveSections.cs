using Markdig.Syntax;

namespace StaticNews.Generator.Markdown.LiveBlog;

/// <summary>A live article's body cut at its update headings: the text above the first one, then each update, in file order.</summary>
public sealed record LiveSections(IReadOnlyList<Block> Intro, IReadOnlyList<UpdateSection> Updates);
