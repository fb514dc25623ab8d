using System.Buffers;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace StaticNews.Generator.Writing;

/// <summary>Finds output files whose new bytes equal the previous build's and carries them over untouched.</summary>
internal static partial class UnchangedFile
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>Compares with the previous copy at <paramref name="current"/>; a link is never taken for the file it points to.</summary>
    public static bool HasSameBytes(OutputFile file, string current)
    {
        var previous = new FileInfo(current);
        if (!previous.Exists || previous.Attributes.HasFlag(FileAttributes.ReparsePoint)) return false;
        using var fresh = file.Open();
        if (fresh.CanSeek && fresh.Length - fresh.Position != previous.Length) return false;
        using var old = File.OpenHandle(current, FileMode.Open, FileAccess.Read, FileShare.Read);
        return SameContent(fresh, old);
    }

    /// <summary>A hard link keeps the bytes, the modification time and the disk blocks; a copy is the fallback where links fail.</summary>
    public static void CarryOver(string current, string target)
    {
        if (!OperatingSystem.IsWindows() && Link(current, target) == 0) return;
        File.Copy(current, target);
        File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(current));
    }

    private static bool SameContent(Stream fresh, SafeFileHandle old)
    {
        var left = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var right = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            for (long offset = 0; ; offset += ChunkSize)
            {
                var read = fresh.ReadAtLeast(left.AsSpan(0, ChunkSize), ChunkSize, throwOnEndOfStream: false);
                var readOld = ReadAtLeast(old, right.AsSpan(0, ChunkSize), offset);
                if (read != readOld || !left.AsSpan(0, read).SequenceEqual(right.AsSpan(0, readOld))) return false;
                if (read < ChunkSize) return true;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(left);
            ArrayPool<byte>.Shared.Return(right);
        }
    }

    /// <summary>Fills <paramref name="buffer"/> from <paramref name="offset"/> on, short only at the end of the file.</summary>
    private static int ReadAtLeast(SafeFileHandle file, Span<byte> buffer, long offset)
    {
        var total = 0;
        int read;
        while (total < buffer.Length && (read = RandomAccess.Read(file, buffer[total..], offset + total)) > 0) total += read;
        return total;
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string created);
}
