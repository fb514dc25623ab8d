namespace StaticNews.Generator.Loading;

/// <summary><c>input/front.yml</c> as written: the slugs editors put at the top of the home page.</summary>
public sealed class FrontFileDto
{
    public string? Lead { get; set; }
    public List<string?>? Secondary { get; set; }
    public string? Live { get; set; }
}
