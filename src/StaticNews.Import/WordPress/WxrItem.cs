namespace StaticNews.Import.WordPress;

/// <summary>An <c>&lt;item&gt;</c> of the export: a post, page, attachment or any other post type.</summary>
/// <param name="Content">The body (<c>content:encoded</c>); null when the reader was asked for metadata only.</param>
public sealed record WxrItem(int Line) : WxrEntry(Line)
{
    public int? PostId { get; init; }
    public string Type { get; init; } = "";
    public string Status { get; init; } = "";
    public string Title { get; init; } = "";
    public string Name { get; init; } = "";
    public string Link { get; init; } = "";
    public string DateGmt { get; init; } = "";
    public string DateLocal { get; init; } = "";
    public string Creator { get; init; } = "";
    public string Excerpt { get; init; } = "";
    public string? Content { get; init; }
    public string AttachmentUrl { get; init; } = "";
    public bool IsSticky { get; init; }
    public IReadOnlyList<WxrTerm> Terms { get; init; } = [];
    public IReadOnlyDictionary<string, string> Meta { get; init; } = new Dictionary<string, string>();
}
