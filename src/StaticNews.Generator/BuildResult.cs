using StaticNews.Generator.Diagnostics;
using StaticNews.Model;

namespace StaticNews.Generator;

/// <summary>What a build did: its diagnostics and counts for the summary line.</summary>
/// <param name="FilesChanged">Output files whose bytes this build changed: new, replaced or removed (a failed build changes none).</param>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int ArticleCount, int PageCount, int FilesChanged, TimeSpan Elapsed)
{
    /// <summary>Of <see cref="FilesChanged"/>, the files the previous output had and this site no longer has.</summary>
    public int FilesRemoved { get; init; }

    /// <summary>Output files left as they were, because their new bytes equal the previous build's.</summary>
    public int FilesUnchanged { get; init; }

    /// <summary>When the site next changes by itself (a scheduled publish or an expiry), if ever.</summary>
    public ScheduledChange? NextChange { get; init; }

    /// <summary>Pages rendered by this build; the others were carried over from the previous build unchanged.</summary>
    public int PagesRendered { get; init; }

    /// <summary>What the build decided by itself that is worth a line under <c>--verbose</c>, e.g. a damaged cache set aside.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Pictures this build encoded; the others came from the picture store (<c>.staticnews/pictures/</c>).</summary>
    public int PicturesEncoded { get; init; }

    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
    public bool Succeeded => ErrorCount == 0;
}
