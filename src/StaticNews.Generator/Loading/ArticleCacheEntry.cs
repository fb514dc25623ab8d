
namespace StaticNews.Generator.Loading;

/// <summary>What the article cache knows about one article file with the given text hash.</summary>
/// <param name="Stamp">The file's stamp, taken before the text was read (or before it was last trusted), or null where the system tells none.</param>
/// <param name="Pictures">The body's pictures (<see cref="SourceDocument.Pictures"/>).</param>
/// <param name="FrontMatter">The front matter as read without a diagnostic, or null when it must be read again (<see cref="CachedFrontMatter.CanKeep"/>).</param>
public sealed record ArticleCacheEntry(UInt128 Hash, SourceStamp? Stamp, FrontMatterPlace Place, int BodyWordCount, string[] Pictures, YamlSource<FrontMatterDto>? FrontMatter)
{
    /// <summary>The body rendered without a problem, once Build has rendered it; replaced whole, so threads see one or the other.</summary>
    public CachedBody? Body { get; set; }

    /// <summary>Set when the file, trusted by its stamp, was found to hold another text when read later in the build: never reused again.</summary>
    public bool Outdated { get; set; }
}
