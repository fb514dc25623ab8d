namespace StaticNews.Model;

public sealed record Tag(string Slug, string Name, string Url);
