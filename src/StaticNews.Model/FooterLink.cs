namespace StaticNews.Model;

/// <summary>One link of the footer: a static page, an index or any address, with the words shown.</summary>
public sealed record FooterLink(string Label, string Url);
