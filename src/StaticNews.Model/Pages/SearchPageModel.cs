namespace StaticNews.Model.Pages;

/// <summary>The search page: a form that works with JavaScript, and the section list without it.</summary>
public sealed record SearchPageModel : PageModel
{
    /// <summary>Root-relative URL of the prebuilt JSON index the script searches.</summary>
    public required string IndexUrl { get; init; }
}
