namespace StaticNews.Generator.Writing;

/// <summary>
/// An exclusive lock on <c>.staticnews/&lt;output&gt;.lock</c> beside the output, held by a build from before it reads
/// the previous build's state until it has written its own, so two builds never share (and delete) each other's
/// staging, undo folders or manifest. It is an operating-system file lock (<c>flock</c> on Linux and macOS): the
/// kernel releases it when the process exits in any way, killed included, so a lock file left behind is never stale.
/// </summary>
public sealed class OutputLock : IDisposable
{
    /// <summary>The HResult .NET gives when another process holds the lock: ERROR_SHARING_VIOLATION on Windows, the system's EWOULDBLOCK elsewhere.</summary>
    private static readonly int SharingViolation = OperatingSystem.IsWindows()
        ? unchecked((int)0x80070020)
        : Mono.Unix.Native.NativeConvert.FromErrno(Mono.Unix.Native.Errno.EWOULDBLOCK);

    private readonly FileStream file;

    private OutputLock(FileStream file) => this.file = file;

    public static string PathFor(OutputFolder output) =>
        Path.Combine(Path.GetDirectoryName(output.FullPath) ?? ".", OutputGuard.StateFolderName, Path.GetFileName(output.FullPath) + ".lock");

    /// <summary>The lock, or null at once when another build holds it. Other I/O failures (a read-only folder) are thrown.</summary>
    public static OutputLock? TryTake(OutputFolder output)
    {
        var path = PathFor(output);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // The file is never deleted: removing a lock file another build has just opened would let a third one in.
            return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException ex) when (ex.HResult == SharingViolation)
        {
            return null;
        }
    }

    public void Dispose() => file.Dispose();
}
