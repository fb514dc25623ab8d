namespace StaticNews.Model;

/// <summary>One timestamped entry of a live blog.</summary>
/// <param name="Id">The anchor of the update on its page, e.g. "update-20261202-1405" (site time zone).</param>
/// <param name="Html">The update's Markdown rendered, story elements and pictures included.</param>
public sealed record LiveUpdate(string Id, DateTimeOffset Time, string? Headline, Author? Author, string Html);
