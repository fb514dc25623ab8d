using StaticNews.Generator.Diagnostics;

namespace StaticNews.Preview.Serving;

/// <summary>What the preview shows right now: the last good site and the errors of the latest build, if it failed.</summary>
/// <param name="Problems">Empty when the latest build succeeded; otherwise its errors, shown over the last good pages.</param>
public sealed record PreviewState(SiteSnapshot Site, IReadOnlyList<Diagnostic> Problems)
{
    public static readonly PreviewState Starting = new(SiteSnapshot.Empty, []);
}
