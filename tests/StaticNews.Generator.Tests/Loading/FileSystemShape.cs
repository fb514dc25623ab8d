using System.Runtime.Versioning;
using System.Net.Sockets;
using Mono.Unix.Native;
using StaticNews.Generator.Diagnostics;

namespace StaticNews.Generator.Tests.Loading;

/// <summary>
/// Something other than a plain readable file, planted where the build reads a file: every sort of link to every kind
/// of target, pipes, sockets, devices, folders, permissions and sizes. Each names the code its refusal must carry.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed record FileSystemShape(string Name, string ExpectedCode, Func<string, string, IDisposable?> Plant)
{
    public override string ToString() => Name;

    /// <summary>Every shape; <c>Plant(path, outside)</c> replaces whatever is at path, using <c>outside</c> for targets out of the input.</summary>
    public static readonly IReadOnlyList<FileSystemShape> All =
    [
        new("dangling link", Codes.InputLinkBroken, (path, _) => Link(path, "missing-target.md")),
        new("link loop", Codes.InputLinkBroken, (path, _) => Link(path, Path.GetFileName(path))),
        new("two links pointing at each other", Codes.InputLinkBroken, (path, _) =>
        {
            Link(path, Path.GetFileName(path) + ".other");
            return Link(path + ".other", Path.GetFileName(path));
        }),
        new("absolute link to a file outside", Codes.InputLinkLeavesInput, (path, outside) => Link(path, Secret(outside))),
        new("relative link to a file outside", Codes.InputLinkLeavesInput, (path, outside) =>
            Link(path, Path.GetRelativePath(Path.GetDirectoryName(path)!, Secret(outside)))),
        new("link to a link to a file outside", Codes.InputLinkLeavesInput, (path, outside) =>
        {
            var hop = Path.Combine(outside, "hop-" + Path.GetFileName(path));
            File.CreateSymbolicLink(hop, Secret(outside));
            return Link(path, hop);
        }),
        new("link to /dev/zero", Codes.NotARegularFile, (path, _) => Link(path, "/dev/zero")),
        new("link to /dev/null", Codes.NotARegularFile, (path, _) => Link(path, "/dev/null")),
        new("link to a folder", Codes.NotARegularFile, (path, outside) => Link(path, outside)),
        new("named pipe", Codes.NotARegularFile, (path, _) => Fifo(path)),
        new("link to a named pipe", Codes.NotARegularFile, (path, outside) =>
        {
            var pipe = Path.Combine(outside, "pipe-" + Path.GetFileName(path));
            Fifo(pipe);
            return Link(path, pipe);
        }),
        new("socket", Codes.NotARegularFile, (path, _) => Socket(path)),
        new("folder", Codes.NotARegularFile, (path, _) =>
        {
            Remove(path);
            Directory.CreateDirectory(path);
            return null;
        }),
        new("file nobody may read", Codes.InputNotReadable, (path, _) =>
        {
            if (!File.Exists(path)) File.WriteAllText(path, "---\ntitle: x\n---\n");
            File.SetUnixFileMode(path, UnixFileMode.None);
            return null;
        }),
        new("sparse 2 GiB file", Codes.InputTooLarge, (path, _) =>
        {
            Remove(path);
            using var file = File.Create(path);
            file.SetLength(2L * 1024 * 1024 * 1024);
            return null;
        }),
    ];

    private static string Secret(string outside)
    {
        var secret = Path.Combine(outside, "secret.txt");
        File.WriteAllText(secret, "---\ntitle: outside-secret-7f3a9c\n---\noutside-secret-7f3a9c\n");
        return secret;
    }

    private static IDisposable? Link(string path, string target)
    {
        Remove(path);
        File.CreateSymbolicLink(path, target);
        return null;
    }

    private static IDisposable? Fifo(string path)
    {
        Remove(path);
        if (Syscall.mkfifo(path, FilePermissions.DEFFILEMODE) != 0) throw new IOException($"mkfifo {path}: {Stdlib.GetLastError()}");
        return null;
    }

    /// <summary>A listening socket file; it stays a socket while the returned handle is alive.</summary>
    private static IDisposable Socket(string path)
    {
        Remove(path);
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        socket.Listen();
        return socket;
    }

    private static void Remove(string path)
    {
        if (new FileInfo(path).LinkTarget is not null || File.Exists(path)) File.Delete(path);
        else if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
    }
}
