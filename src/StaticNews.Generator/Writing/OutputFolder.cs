namespace StaticNews.Generator.Writing;

/// <summary>
/// Writes a whole site into a fresh folder beside the output and swaps it in only when every file is written,
/// so readers and deploys never see a half-written or emptied site. A file whose bytes did not change is carried over
/// with its modification time, so deploy sync tools upload only what changed.
/// </summary>
public sealed class OutputFolder(string path)
{
    private const string TempMarker = ".staticnews-tmp-";
    private const string OldMarker = ".staticnews-old-";

    public string FullPath { get; } = System.IO.Path.GetFullPath(path).TrimEnd(System.IO.Path.DirectorySeparatorChar);

    private string Parent => System.IO.Path.GetDirectoryName(FullPath)!;
    private string Name => System.IO.Path.GetFileName(FullPath);

    /// <summary>Writes every file and swaps them in at once.</summary>
    public async Task<int> ReplaceWithAsync(IReadOnlyList<OutputFile> files, CancellationToken cancellationToken = default)
    {
        using var staged = BeginReplace();
        await staged.WriteAsync(files, cancellationToken);
        staged.Commit();
        return staged.FilesWritten;
    }

    /// <summary>Starts gathering a new site beside the output; the output itself is untouched until the stage commits.</summary>
    public StagedOutput BeginReplace()
    {
        Directory.CreateDirectory(Parent);
        RestoreInterruptedSwap();
        RemoveLeftovers();
        return new StagedOutput(this, System.IO.Path.Combine(Parent, $".{Name}{TempMarker}{Guid.NewGuid():N}"));
    }

    internal void SwapIn(string staging)
    {
        if (!Directory.Exists(FullPath))
        {
            Directory.Move(staging, FullPath);
            return;
        }
        var old = System.IO.Path.Combine(Parent, $".{Name}{OldMarker}{Guid.NewGuid():N}");
        Directory.Move(FullPath, old);
        try
        {
            Directory.Move(staging, FullPath);
        }
        catch
        {
            Directory.Move(old, FullPath);
            throw;
        }
        TryDelete(old);
    }

    /// <summary>
    /// A build killed between moving the old site aside and moving the new one in leaves no output but the old
    /// site under its aside name: put it back before anything else, so it is never deleted as a leftover.
    /// </summary>
    private void RestoreInterruptedSwap()
    {
        if (Directory.Exists(FullPath) || File.Exists(FullPath)) return;
        var aside = Directory.EnumerateDirectories(Parent, $".{Name}{OldMarker}*")
            .Select(path => new DirectoryInfo(path))
            .OrderByDescending(folder => folder.LastWriteTimeUtc)
            .FirstOrDefault();
        aside?.MoveTo(FullPath);
    }

    /// <summary>Removes staging folders of builds that were killed, so they are never mistaken for output.</summary>
    private void RemoveLeftovers()
    {
        foreach (var marker in new[] { TempMarker, OldMarker })
        foreach (var leftover in Directory.EnumerateDirectories(Parent, $".{Name}{marker}*"))
            TryDelete(leftover);
    }

    internal static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover is removed by the next build; the output itself is already in place.
        }
    }
}
