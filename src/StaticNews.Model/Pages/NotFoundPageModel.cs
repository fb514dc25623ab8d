namespace StaticNews.Model.Pages;

public sealed record NotFoundPageModel : PageModel
{
    /// <summary>The newest stories, offered instead of the missing page.</summary>
    public required IReadOnlyList<Article> Latest { get; init; }
}
