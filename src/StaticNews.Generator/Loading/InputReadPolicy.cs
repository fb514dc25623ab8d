using Microsoft.Win32.SafeHandles;
using Mono.Unix.Native;
using StaticNews.Generator.Diagnostics;

namespace StaticNews.Generator.Loading;

/// <summary>
/// The one place that decides whether an input path may be read, used by every reader of input files (articles,
/// site.yml, authors.yml, images and other static files): a regular file, inside the input folder once every link
/// is followed, readable by its permission bits, no larger than <see cref="MaxFileBytes"/>. Special files (pipes,
/// devices, sockets) are never opened, and a regular file is opened without blocking and checked again on its
/// handle, so a file swapped for a pipe between the check and the read cannot hang the build.
/// </summary>
public static partial class InputReadPolicy
{
    /// <summary>64 MiB: ten times the longest long read, above any news picture; a bigger input file is a mistake or an attack.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>Checks <paramref name="relativePath"/> without opening it; null when it may be read.</summary>
    public static InputRefusal? Check(InputFolder input, string relativePath) =>
        OperatingSystem.IsWindows() ? CheckPortably(input, relativePath) : CheckUnix(input, relativePath, out _);

    /// <summary>
    /// The whole file, or a refusal. The length read is bounded by <see cref="MaxFileBytes"/> however the file
    /// grows while it is read; <paramref name="buffer"/> is reused when it is big enough.
    /// </summary>
    public static InputRefusal? ReadAll(InputFolder input, string relativePath, ref byte[]? buffer, out int length)
    {
        length = 0;
        var refusal = Open(input, relativePath, out var handle, out var expected);
        if (refusal is not null) return refusal;
        using (handle)
        {
            if (buffer is null || buffer.Length < expected + 1) buffer = new byte[Math.Max(expected + 1, 16 * 1024)];
            // Read until the end, not to the stat's length: a file that grew since is still bounded by the limit.
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > MaxFileBytes) return TooLarge(length);
                    Array.Resize(ref buffer, (int)Math.Min(MaxFileBytes + 1, (long)buffer.Length * 2));
                }
                var count = RandomAccess.Read(handle!, buffer.AsSpan(length), length);
                if (count <= 0) break;
                length += count;
            }
        }
        return null;
    }

    /// <summary>A read-only stream over the file, for copying a static file into the output; throws <see cref="IOException"/> when refused.</summary>
    public static Stream OpenRead(InputFolder input, string relativePath)
    {
        var refusal = Open(input, relativePath, out var handle, out _);
        if (refusal is not null) throw new IOException($"{input.Display(relativePath)}: {refusal.Message}");
        return new FileStream(handle!, FileAccess.Read, bufferSize: 0);
    }

    /// <summary>Reports a refusal as an error at the file.</summary>
    public static void Report(this InputRefusal refusal, DiagnosticBag diagnostics, string display) =>
        diagnostics.Error(refusal.Code, display, 0, 0, refusal.Message);

    private static InputRefusal? Open(InputFolder input, string relativePath, out SafeFileHandle? handle, out int length)
    {
        handle = null;
        length = 0;
        if (OperatingSystem.IsWindows()) return OpenPortably(input, relativePath, out handle, out length);
        var refusal = CheckUnix(input, relativePath, out var checkedStatus);
        if (refusal is not null) return refusal;
        // O_NONBLOCK: should a pipe or device have replaced the file since the check, open returns at once instead of waiting for a writer.
        var descriptor = Syscall.open(input.Combine(relativePath), OpenFlags.O_RDONLY | OpenFlags.O_NONBLOCK | OpenFlags.O_CLOEXEC);
        if (descriptor < 0) return Refusal(Stdlib.GetLastError(), folder: false);
        handle = new SafeFileHandle(descriptor, ownsHandle: true);
        if (Syscall.fstat(descriptor, out var opened) != 0 || opened.st_ino != checkedStatus.st_ino || opened.st_dev != checkedStatus.st_dev)
        {
            handle.Dispose();
            handle = null;
            return ChangedWhileReading;
        }
        length = (int)opened.st_size;
        return null;
    }
}
