using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Writing;
using StaticNews.Model;

namespace StaticNews.Generator;

/// <summary>A site generated in memory: its model, every file it would write, and the run's diagnostics.</summary>
/// <param name="Site">Null when loading or validation failed.</param>
/// <param name="Files">Empty when there were errors.</param>
public sealed record GeneratedSite(Site? Site, IReadOnlyList<OutputFile> Files, int PageCount, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Diagnostics.All(d => !d.IsError);
}
