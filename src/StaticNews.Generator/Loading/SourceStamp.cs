using System.Runtime.InteropServices;

namespace StaticNews.Generator.Loading;

/// <summary>
/// What git's index keeps of a file to know it unchanged without reading it: length, modification and status-change
/// times (ns since 1970, UTC), inode and device. The change time is in it because tools (<c>cp -p</c>, <c>rsync -t</c>,
/// <c>touch -d</c>) can set an old modification time, but not an old change time. Unlike the manifest's
/// <c>Incremental/FileStamp</c> (a page the build wrote itself), it guards input files anyone may edit.
/// </summary>
public readonly partial record struct SourceStamp(long Length, long Modified, long Changed, ulong Inode, ulong Device)
{
    // statx(2) flags and mask: follow links (as reading does); size, times and inode.
    private const int AtFdCwd = -100;
    private const uint BasicStats = 0x7ff;

    private static bool unavailable = !OperatingSystem.IsLinux();

    /// <summary>Covers coarse file system clocks (whole seconds on some) and small clock differences: 2 s.</summary>
    public const long RacyMargin = 2_000_000_000;

    /// <summary>
    /// The file's stamp, or null when the system cannot tell it (not Linux, or statx refused): such a file is always
    /// read and hashed.
    /// </summary>
    public static SourceStamp? Of(string fullPath)
    {
        if (unavailable) return null;
        try
        {
            if (Statx(AtFdCwd, fullPath, 0, BasicStats, out var status) != 0 || (status.Mask & BasicStats) != BasicStats) return null;
            return new SourceStamp((long)status.Size, Nanoseconds(status.ModifiedSeconds, status.ModifiedNanoseconds),
                Nanoseconds(status.ChangedSeconds, status.ChangedNanoseconds), status.Inode, ((ulong)status.DeviceMajor << 32) | status.DeviceMinor);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            unavailable = true;
            return null;
        }
    }

    /// <summary>
    /// True when the file was last modified or changed well before <paramref name="stampedAt"/> (ns), the moment before
    /// this stamp was taken. Otherwise it is "racily clean" (git's term): a write in the same clock tick as the stamp
    /// leaves the stamp as it was, so an equal stamp proves nothing and the file must be read.
    /// </summary>
    public bool OlderThan(long stampedAt) => Modified < stampedAt - RacyMargin && Changed < stampedAt - RacyMargin;

    /// <summary>A moment as stamps count it (ns since 1970, UTC).</summary>
    public static long Nanoseconds(DateTimeOffset moment) => (moment.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) * 100;

    private static long Nanoseconds(long seconds, uint nanoseconds) => seconds * 1_000_000_000 + nanoseconds;

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, out Status status);

    /// <summary>struct statx: the same 256 bytes on every Linux architecture.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct Status
    {
        [FieldOffset(0)] public uint Mask;
        [FieldOffset(32)] public ulong Inode;
        [FieldOffset(40)] public ulong Size;
        [FieldOffset(96)] public long ChangedSeconds;
        [FieldOffset(104)] public uint ChangedNanoseconds;
        [FieldOffset(112)] public long ModifiedSeconds;
        [FieldOffset(120)] public uint ModifiedNanoseconds;
        [FieldOffset(136)] public uint DeviceMajor;
        [FieldOffset(140)] public uint DeviceMinor;
    }
}
