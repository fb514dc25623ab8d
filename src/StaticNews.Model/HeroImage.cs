namespace StaticNews.Model;

/// <summary>The image at the top of an article; <see cref="Url"/> already carries the site's base path.</summary>
public sealed record HeroImage(string Url, string Alt, string? Caption, string? Credit);
