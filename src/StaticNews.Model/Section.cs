namespace StaticNews.Model;

public sealed record Section(string Slug, string Name, string? Description, string Url);
