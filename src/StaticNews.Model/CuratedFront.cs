namespace StaticNews.Model;

/// <summary>
/// The top of the home page as editors ordered it in <c>input/front.yml</c>, by slug: every slug names a published
/// story (Building checks it). Slots left empty are filled with the newest stories.
/// </summary>
public sealed record CuratedFront
{
    public static readonly CuratedFront None = new();

    /// <summary>The story shown largest, with its picture; null lets the newest story lead.</summary>
    public string? Lead { get; init; }

    /// <summary>The stories beside the lead, in the editors' order.</summary>
    public IReadOnlyList<string> Secondary { get; init; } = [];

    /// <summary>A running story shown above the lead with a "Live" label; none unless editors name one.</summary>
    public string? Live { get; init; }
}
