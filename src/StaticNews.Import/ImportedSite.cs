namespace StaticNews.Import;

/// <summary>The settings an import writes to <c>site.yml</c> and <c>authors.yml</c>.</summary>
public sealed record ImportedSite(string Name, string BaseUrl, string Language, string TimeZone)
{
    public string? Description { get; init; }

    /// <summary>Slug and name of each section, in the order of the menu.</summary>
    public IReadOnlyList<(string Slug, string Name)> Sections { get; init; } = [];

    /// <summary>Slug and name of each author.</summary>
    public IReadOnlyList<(string Slug, string Name)> Authors { get; init; } = [];

    public string SiteYaml()
    {
        var lines = new List<string>
        {
            "name: " + FrontMatterYaml.Quote(Name),
        };
        if (!string.IsNullOrWhiteSpace(Description)) lines.Add("description: " + FrontMatterYaml.Quote(Description));
        lines.Add("base_url: " + FrontMatterYaml.Quote(BaseUrl));
        lines.Add("language: " + FrontMatterYaml.Quote(Language));
        lines.Add("timezone: " + FrontMatterYaml.Quote(TimeZone));
        lines.Add("sections:");
        foreach (var (slug, name) in Sections)
        {
            lines.Add("  - slug: " + slug);
            lines.Add("    name: " + FrontMatterYaml.Quote(name));
        }
        return string.Join("\n", lines) + "\n";
    }

    public string AuthorsYaml() => Authors.Count == 0 ? "[]\n"
        : string.Concat(Authors.Select(a => $"- slug: {a.Slug}\n  name: {FrontMatterYaml.Quote(a.Name)}\n"));
}
