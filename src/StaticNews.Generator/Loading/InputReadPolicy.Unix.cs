using Mono.Unix.Native;
using StaticNews.Generator.Building;
using StaticNews.Generator.Diagnostics;

namespace StaticNews.Generator.Loading;

/// <summary>The checks on Linux and macOS, where links, pipes, devices and permission bits exist.</summary>
public static partial class InputReadPolicy
{
    private static readonly InputRefusal ChangedWhileReading = new(Codes.InputVanished,
        "the file was replaced or removed while the site was being built. Build again.");

    private static InputRefusal? CheckUnix(InputFolder input, string relativePath, out Stat status)
    {
        var full = input.Combine(relativePath);
        if (Syscall.stat(full, out status) != 0) return Refusal(Stdlib.GetLastError(), folder: false, full);
        var kind = status.st_mode & FilePermissions.S_IFMT;
        if (kind != FilePermissions.S_IFREG) return NotAFile(kind);
        if (!InputPaths.IsInside(input, full))
            return new InputRefusal(Codes.InputLinkLeavesInput,
                "the file is a symbolic link to a file outside the input folder, which is never read or published. Copy the file into the input folder instead.");
        if (!MayRead(status, FilePermissions.S_IRUSR, FilePermissions.S_IRGRP, FilePermissions.S_IROTH) || Syscall.access(full, AccessModes.R_OK) != 0)
            return new InputRefusal(Codes.InputNotReadable,
                "the file's permissions do not let the build read it. Make it readable (chmod a+r) or move it out of the input folder.");
        return status.st_size > MaxFileBytes ? TooLarge(status.st_size) : null;
    }

    /// <summary>
    /// Null when the build may list <paramref name="fullPath"/>, a folder: it needs read and search permission. The bits
    /// are checked as well as access(2) because root may read anything, yet a folder nobody else may read is a mistake.
    /// </summary>
    public static InputRefusal? CheckFolder(string fullPath)
    {
        if (OperatingSystem.IsWindows()) return null;
        if (Syscall.stat(fullPath, out var status) != 0) return Refusal(Stdlib.GetLastError(), folder: true, fullPath);
        var readable = MayRead(status, FilePermissions.S_IRUSR, FilePermissions.S_IRGRP, FilePermissions.S_IROTH)
            && MayRead(status, FilePermissions.S_IXUSR, FilePermissions.S_IXGRP, FilePermissions.S_IXOTH)
            && Syscall.access(fullPath, AccessModes.R_OK | AccessModes.X_OK) == 0;
        return readable ? null : new InputRefusal(Codes.InputNotReadable,
            "the folder's permissions do not let the build list it, so its articles and pictures would be left out. Make it readable (chmod a+rx) or move it out of the input folder.");
    }

    /// <summary>
    /// The permission class that applies (owner, group, others) grants <paramref name="owner"/>/<paramref name="group"/>/<paramref name="others"/>;
    /// for root, which the kernel lets read anything, some class must grant it.
    /// </summary>
    private static bool MayRead(Stat status, FilePermissions owner, FilePermissions group, FilePermissions others)
    {
        var user = Syscall.geteuid();
        var mode = status.st_mode;
        if (user == 0) return (mode & (owner | group | others)) != 0;
        if (status.st_uid == user) return (mode & owner) != 0;
        if (status.st_gid == Syscall.getegid()) return (mode & group) != 0;
        return (mode & others) != 0;
    }

    private static InputRefusal NotAFile(FilePermissions kind)
    {
        var what = kind switch
        {
            FilePermissions.S_IFDIR => "a folder",
            FilePermissions.S_IFIFO => "a named pipe (FIFO)",
            FilePermissions.S_IFSOCK => "a socket",
            FilePermissions.S_IFCHR or FilePermissions.S_IFBLK => "a device",
            _ => "not a regular file",
        };
        return new InputRefusal(Codes.NotARegularFile,
            $"the path is {what}, not a regular file, so it is never read. Replace it with a regular file, or move it out of the input folder.");
    }

    private static InputRefusal Refusal(Errno error, bool folder, string? fullPath = null) => error switch
    {
        Errno.ELOOP => new InputRefusal(Codes.InputLinkBroken,
            "the path is a symbolic link that leads back to itself (a link loop). Replace the link with the file itself."),
        Errno.ENOENT when fullPath is not null && Syscall.lstat(fullPath, out _) == 0 => new InputRefusal(Codes.InputLinkBroken,
            $"the path is a symbolic link to '{LinkTarget(fullPath)}', which does not exist. Point the link at a file inside the input folder, or delete it."),
        Errno.ENOENT => ChangedWhileReading,
        Errno.EACCES or Errno.EPERM => new InputRefusal(Codes.InputNotReadable, folder
            ? "the folder's permissions do not let the build list it. Make it readable (chmod a+rx) or move it out of the input folder."
            : "the file's permissions do not let the build read it. Make it readable (chmod a+r) or move it out of the input folder."),
        _ => new InputRefusal(Codes.InputNotReadable, $"the path cannot be read ({Stdlib.strerror(error)}). Check the file, then build again."),
    };

    private static string LinkTarget(string fullPath) => new FileInfo(fullPath).LinkTarget ?? "?";

    private static InputRefusal TooLarge(long bytes) => new(Codes.InputTooLarge,
        $"the file is {bytes / (1024 * 1024)} MiB or more, above the {MaxFileBytes / (1024 * 1024)} MiB limit for an input file. Split the article or shrink the picture.");
}
