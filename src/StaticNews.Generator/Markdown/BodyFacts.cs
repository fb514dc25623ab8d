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

    /// <summary>
    /// The body relied on a site.yml setting the article cache does not key on (an embed allowed by <c>embed_hosts:</c>),
    /// so it is rendered afresh each build rather than reused after that setting changed.
    /// </summary>
    public bool UsedSiteSettings { get; set; }
}
