namespace StaticNews.Model.Pages;

public sealed record ArticlePageModel : PageModel
{
    public required Article Article { get; init; }
    public required IReadOnlyList<Article> Related { get; init; }
}
