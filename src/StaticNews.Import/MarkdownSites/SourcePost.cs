namespace StaticNews.Import.MarkdownSites;

/// <summary>A post of a Hugo or Jekyll site as read: its file, front matter, body and the addresses it had.</summary>
/// <param name="Path">The file, relative to the site folder with forward slashes, as the report names it.</param>
/// <param name="WantedSlug">The slug the old site used (slug:, or the file name), before the build's rules are applied.</param>
public sealed record SourcePost(string Path, string FullPath, string Section, string WantedSlug, IReadOnlyDictionary<string, object?> FrontMatter, string Body)
{
    public string? DateFromName { get; init; }
    public bool InDrafts { get; init; }

    /// <summary>Old addresses below the site root: the permalink, then aliases or redirect_from as written.</summary>
    public IReadOnlyList<string> OldPaths { get; init; } = [];

    /// <summary>The line the body starts on, for diagnostics about it.</summary>
    public int BodyLine { get; init; } = 1;

    public string? Text(string key) => FrontMatter.GetValueOrDefault(key) switch
    {
        string s when s.Trim().Length > 0 => s.Trim(),
        _ => null,
    };

    /// <summary>A value that may be one string or a list of strings (tags: a, tags: [a, b]).</summary>
    public IReadOnlyList<string> Texts(string key) => FrontMatter.GetValueOrDefault(key) switch
    {
        string s when s.Trim().Length > 0 => key is "tags" or "categories" && s.Contains(' ') && !s.Contains(',') ? s.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [s.Trim()],
        IEnumerable<object?> list => list.OfType<string>().Select(x => x.Trim()).Where(x => x.Length > 0).ToList(),
        _ => [],
    };
}
