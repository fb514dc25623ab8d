using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Writing;
using StaticNews.Model;

namespace StaticNews.Generator;

/// <summary>A site generated in memory: its model, every file it would write, and the run's diagnostics.</summary>
/// <param name="Site">Null when loading or validation failed.</param>
/// <param name="Files">Empty when there were errors.</param>
public sealed record GeneratedSite(Site? Site, IReadOnlyList<OutputFile> Files, int PageCount, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The key each page was rendered from, by output path: what the next generation compares with.</summary>
    public IReadOnlyDictionary<string, Incremental.PageKey> PageKeys { get; init; } = new Dictionary<string, Incremental.PageKey>();

    /// <summary>Pages rendered by this generation; the others were reused from the previous one.</summary>
    public int PagesRendered { get; init; }

    public bool Succeeded => Diagnostics.All(d => !d.IsError);
}
