namespace StaticNews.Model.Pages;

/// <summary>An RSS feed a page advertises in its head: its title and root-relative URL.</summary>
public sealed record FeedLink(string Title, string Url);
