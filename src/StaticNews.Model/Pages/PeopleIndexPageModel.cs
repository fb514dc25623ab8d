namespace StaticNews.Model.Pages;

/// <summary>/authors/: the newsroom's people with their roles and how many stories each has written.</summary>
public sealed record PeopleIndexPageModel : PageModel
{
    public required IReadOnlyList<PersonCount> People { get; init; }
}
