namespace StaticNews.Import;

/// <summary>What the user asked the import to do.</summary>
public sealed record ImportRequest
{
    /// <summary>The WordPress export file, or the Hugo or Jekyll site folder.</summary>
    public required string Source { get; init; }

    /// <summary>The StaticNews input folder written to.</summary>
    public string InputDirectory { get; init; } = "input";

    /// <summary>WordPress: the wp-content/uploads folder copied from the old server, where pictures are looked up.</summary>
    public string? Uploads { get; init; }

    /// <summary>Replace files that already exist (each is listed in the report).</summary>
    public bool Force { get; init; }

    /// <summary>WordPress category slug → section slug; when given, categories not in it go to <see cref="DefaultSection"/>.</summary>
    public IReadOnlyDictionary<string, string> SectionMap { get; init; } = new Dictionary<string, string>();

    /// <summary>The section of posts with no (mapped) category.</summary>
    public string DefaultSection { get; init; } = "news";

    /// <summary>The IANA time zone written to site.yml, in which dates without an offset (drafts' local dates) are read.</summary>
    public string TimeZone { get; init; } = "UTC";
}
