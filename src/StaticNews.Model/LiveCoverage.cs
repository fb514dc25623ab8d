namespace StaticNews.Model;

/// <summary>A live blog's coverage: its timestamped updates, its key points and whether it has ended at the build clock.</summary>
public sealed record LiveCoverage
{
    /// <summary>The updates, newest first.</summary>
    public required IReadOnlyList<LiveUpdate> Updates { get; init; }

    /// <summary>The <c>key_points:</c> pinned at the top, in the editor's order.</summary>
    public IReadOnlyList<string> KeyPoints { get; init; } = [];

    /// <summary><c>live_ended:</c>, when coverage stopped or stops.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>True when <see cref="EndedAt"/> is at or before the build clock: the page says coverage has ended and no script polls.</summary>
    public bool HasEnded { get; init; }

    /// <summary>The newest update, or null when there is none.</summary>
    public LiveUpdate? Latest => Updates.Count > 0 ? Updates[0] : null;

    /// <summary>The path of the updates file beside the page, relative to the page's folder.</summary>
    public const string UpdatesFile = "updates.json";
}
