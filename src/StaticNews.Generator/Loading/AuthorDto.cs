namespace StaticNews.Generator.Loading;

/// <summary>One entry of <c>input/authors.yml</c> as written.</summary>
public sealed class AuthorDto
{
    public string? Slug { get; set; }
    public string? Name { get; set; }
    public string? Role { get; set; }
    public string? Bio { get; set; }
}
