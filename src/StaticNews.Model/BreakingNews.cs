namespace StaticNews.Model;

/// <summary>The breaking news banner shown across every page until <see cref="EndsAt"/>.</summary>
/// <param name="Url">Where the banner links (root-relative with the base path, or an https address), or null for none.</param>
public sealed record BreakingNews(string Text, string? Url, DateTimeOffset EndsAt);
