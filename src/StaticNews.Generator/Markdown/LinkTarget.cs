namespace StaticNews.Generator.Markdown;

/// <summary>What an <c>xref:</c> link or a <c>::: story</c> card points at.</summary>
/// <param name="Picture">Root-relative URL of the article's hero image, for its card.</param>
/// <param name="Date">Publication time in the site's zone, ISO 8601, for the card's <c>datetime</c>.</param>
/// <param name="DateText">The same, as readers see it ("18 March 2026").</param>
public sealed record LinkTarget(string Url, string Title, string? Picture = null, string? Date = null, string? DateText = null);
