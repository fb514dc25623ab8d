namespace StaticNews.Generator.Incremental;

/// <summary>A page file's length and modification time (ticks, UTC) as a build wrote or last verified it.</summary>
public readonly record struct FileStamp(long Length, long Modified)
{
    public static FileStamp Of(FileInfo file) => new(file.Length, file.LastWriteTimeUtc.Ticks);
}
