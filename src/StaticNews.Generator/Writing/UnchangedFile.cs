using System.Runtime.InteropServices;

namespace StaticNews.Generator.Writing;

/// <summary>Finds output files whose new bytes equal the previous build's and carries them over untouched.</summary>
internal static partial class UnchangedFile
{
    private const int ChunkSize = 64 * 1024;

    public static async Task<bool> HasSameBytesAsync(OutputFile file, string current, CancellationToken cancellationToken)
    {
        var previous = new FileInfo(current);
        if (!previous.Exists || previous.LinkTarget is not null) return false;
        await using var fresh = file.Open();
        if (fresh.CanSeek && fresh.Length != previous.Length) return false;
        await using var old = new FileStream(current, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkSize, useAsync: true);
        return await SameContentAsync(fresh, old, cancellationToken);
    }

    /// <summary>A hard link keeps the bytes, the modification time and the disk blocks; a copy is the fallback where links fail.</summary>
    public static void CarryOver(string current, string target)
    {
        if (!OperatingSystem.IsWindows() && Link(current, target) == 0) return;
        File.Copy(current, target);
        File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(current));
    }

    private static async Task<bool> SameContentAsync(Stream fresh, Stream old, CancellationToken cancellationToken)
    {
        var left = new byte[ChunkSize];
        var right = new byte[ChunkSize];
        while (true)
        {
            var read = await fresh.ReadAtLeastAsync(left, ChunkSize, throwOnEndOfStream: false, cancellationToken);
            var readOld = await old.ReadAtLeastAsync(right, ChunkSize, throwOnEndOfStream: false, cancellationToken);
            if (read != readOld || !left.AsSpan(0, read).SequenceEqual(right.AsSpan(0, readOld))) return false;
            if (read < ChunkSize) return true;
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string created);
}
