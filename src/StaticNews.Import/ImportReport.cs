using StaticNews.Generator.Diagnostics;

namespace StaticNews.Import;

/// <summary>What an import did: counts, every warning and error with its source item, the files, and what to do next.</summary>
public sealed record ImportReport(string Kind, string Source, string InputDirectory)
{
    /// <summary>Named counts in a fixed order (articles, drafts, skipped pages…).</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Counts { get; init; } = [];
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
    public IReadOnlyList<string> Written { get; init; } = [];
    public IReadOnlyList<string> Replaced { get; init; } = [];

    /// <summary>Old addresses a static host cannot serve (<c>?p=ID</c>), with the new address, for a server rewrite rule.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Unrouted { get; init; } = [];
    public IReadOnlyList<string> NextSteps { get; init; } = [];

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
