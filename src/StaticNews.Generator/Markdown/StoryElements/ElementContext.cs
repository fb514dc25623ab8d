namespace StaticNews.Generator.Markdown.StoryElements;

/// <summary>What rendering an element needs from the site: set by Build just before a render, since the parsed tree is shared.</summary>
/// <param name="BasePath">Prefix of pictures' addresses ("/" or "/news/").</param>
/// <param name="Card">The article a <c>::: story</c> card points at.</param>
public sealed record ElementContext(string BasePath, LinkTarget? Card = null);
