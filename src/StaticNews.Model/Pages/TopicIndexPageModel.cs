namespace StaticNews.Model.Pages;

/// <summary>/tags/: every topic A–Z with its number of stories, grouped by first letter.</summary>
public sealed record TopicIndexPageModel : PageModel
{
    public required IReadOnlyList<TopicGroup> Groups { get; init; }
}
