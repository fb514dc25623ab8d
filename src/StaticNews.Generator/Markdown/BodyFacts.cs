namespace StaticNews.Generator.Markdown;

/// <summary>
/// What one body's HTML depended on besides its own text: the xref targets it resolved and the images it found, and
/// whether it reported a problem. A body with no problem may be reused while these facts still hold.
/// </summary>
public sealed class BodyFacts
{
    public List<(string Slug, LinkTarget Target)> Xrefs { get; } = [];

    /// <summary>Relative image paths, as checked against the input folder.</summary>
    public List<string> Images { get; } = [];

    public bool Reported { get; set; }
}
