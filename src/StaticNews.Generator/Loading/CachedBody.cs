using StaticNews.Generator.Markdown;
using StaticNews.Model;

namespace StaticNews.Generator.Loading;

/// <summary>An article body as Build made it, and the facts it depended on besides its own text.</summary>
/// <param name="Xrefs">Each xref slug it resolved and the target it got (the title matters only for empty link text).</param>
/// <param name="Images">The relative image paths it checked, which existed.</param>
public sealed record CachedBody(string Html, TextProfile Text, (string Slug, LinkTarget Target)[] Xrefs, string[] Images)
{
    /// <summary>True when every xref still leads to the same target and every image still exists.</summary>
    public bool Holds(IReadOnlyDictionary<string, LinkTarget> targets, Func<string, bool> inputFileExists)
    {
        foreach (var (slug, target) in Xrefs)
            if (!targets.TryGetValue(slug, out var now) || now != target) return false;
        foreach (var image in Images)
            if (!inputFileExists(image)) return false;
        return true;
    }
}
