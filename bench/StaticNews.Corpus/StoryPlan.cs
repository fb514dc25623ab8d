namespace StaticNews.Corpus;

/// <summary>A planted story: one event in one section, with its own people, place, organisation and vocabulary.</summary>
internal sealed record StoryPlan(
    int Id,
    Theme Theme,
    string Section,
    string Person,
    string SecondPerson,
    string Place,
    string Organisation,
    IReadOnlyList<string> Words,
    IReadOnlyList<string> DeskAuthors);
