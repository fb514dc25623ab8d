using System.Buffers;

namespace StaticNews.Generator.Writing;

/// <summary>A file to write: its path relative to the output folder (forward slashes) and a way to get its bytes.</summary>
public sealed record OutputFile(string Path, Func<Stream> Open)
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>The previous build's copy at the same path is known to hold the same bytes: it is kept without reading either.</summary>
    public bool Unchanged { get; init; }

    /// <summary>A read-only stream over bytes in memory that <see cref="WriteNew"/> writes in one call.</summary>
    internal static MemoryStream StreamOf(byte[] bytes) => new(bytes, 0, bytes.Length, writable: false, publiclyVisible: true);

    /// <summary>
    /// Writes the bytes into a file that must not exist yet, in a folder that does. Synchronous on purpose: a page is
    /// a few kilobytes in memory, written in one call, where an async file stream on Linux queues each step to the thread pool.
    /// </summary>
    public void WriteNew(string target)
    {
        using var source = Open();
        using var destination = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        if (source is MemoryStream memory && memory.TryGetBuffer(out var bytes))
        {
            RandomAccess.Write(destination, bytes.AsSpan((int)memory.Position), 0);
            return;
        }
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            long offset = 0;
            int read;
            while ((read = source.Read(buffer, 0, ChunkSize)) > 0)
            {
                RandomAccess.Write(destination, buffer.AsSpan(0, read), offset);
                offset += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
