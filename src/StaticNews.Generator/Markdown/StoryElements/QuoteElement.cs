namespace StaticNews.Generator.Markdown.StoryElements;

/// <summary><c>::: quote Who said it</c>: a pull quote; the words are the Markdown inside.</summary>
public sealed record QuoteElement(string By) : StoryElement;
