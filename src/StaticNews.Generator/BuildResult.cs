using StaticNews.Generator.Diagnostics;

namespace StaticNews.Generator;

/// <summary>What a build did: its diagnostics and counts for the summary line.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int ArticleCount, int PageCount, int FilesWritten, TimeSpan Elapsed)
{
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
    public bool Succeeded => ErrorCount == 0;
}
