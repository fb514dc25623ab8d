namespace StaticNews.Model.Pages;

/// <summary>An old address of an article (an alias) that sends readers on to it.</summary>
public sealed record RedirectPageModel : PageModel
{
    public required Article Target { get; init; }
}
