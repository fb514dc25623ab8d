using Markdig.Syntax;

namespace StaticNews.Generator.Markdown.LiveBlog;

/// <summary>One update of a live article as written: its heading's text and place, and the blocks under it.</summary>
/// <param name="Heading">The heading's text, e.g. "14:05 | Ferries cancelled | amara-okafor".</param>
public sealed record UpdateSection(string Heading, int Line, int Column, IReadOnlyList<Block> Blocks);
