namespace StaticNews.Generator.Writing;

/// <summary>What writing did to the output folder, file by file, as the bytes on disk tell it.</summary>
/// <param name="Written">Files that are new or whose bytes differ from the previous output's copy.</param>
/// <param name="Removed">Files of the previous output the new site no longer has.</param>
/// <param name="Unchanged">Files whose bytes equal the previous output's: left as they were (same bytes, same modification time).</param>
public sealed record OutputChanges(int Written, int Removed, int Unchanged)
{
    public static readonly OutputChanges None = new(0, 0, 0);

    /// <summary>Files a reader of the output would see differ: written or removed.</summary>
    public int Changed => Written + Removed;
}
