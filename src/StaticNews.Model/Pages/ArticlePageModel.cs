namespace StaticNews.Model.Pages;

public sealed record ArticlePageModel : PageModel
{
    public required Article Article { get; init; }
    public required RelatedStories Related { get; init; }
}
