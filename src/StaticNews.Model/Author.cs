namespace StaticNews.Model;

public sealed record Author(string Slug, string Name, string? Role, string? Bio, string Url);
