namespace StaticNews.Model.Pages;

/// <summary>A static page such as About or the corrections policy.</summary>
public sealed record StaticPageModel : PageModel
{
    public required StaticPage Page { get; init; }
}
