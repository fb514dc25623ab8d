namespace StaticNews.Model;

/// <summary>A titled column of footer links, as site.yml's <c>footer:</c> lists it.</summary>
public sealed record FooterGroup(string Title, IReadOnlyList<FooterLink> Links);
