namespace StaticNews.Generator.Writing;

/// <summary>
/// The output folder, changed only as a whole: a build writes a whole site into a fresh folder beside it and swaps it
/// in when every file is written, or patches the few files a rebuild changed as one undoable step. Either way a
/// failed or killed build leaves the previous site, never a half-written or emptied one, and a file whose bytes did
/// not change keeps its modification time, so deploy sync tools upload only what changed.
/// </summary>
public sealed class OutputFolder(string path)
{
    private const string TempMarker = ".staticnews-tmp-";
    private const string OldMarker = ".staticnews-old-";
    private const string UndoMarker = ".staticnews-undo-";

    public string FullPath { get; } = System.IO.Path.GetFullPath(path).TrimEnd(System.IO.Path.DirectorySeparatorChar);

    private string Parent => System.IO.Path.GetDirectoryName(FullPath)!;
    private string Name => System.IO.Path.GetFileName(FullPath);

    /// <summary>Writes every file and swaps them in at once.</summary>
    public async Task<OutputChanges> ReplaceWithAsync(IReadOnlyList<OutputFile> files, CancellationToken cancellationToken = default)
    {
        using var staged = BeginReplace();
        await staged.WriteAsync(files, cancellationToken);
        staged.Commit();
        return staged.Changes;
    }

    /// <summary>Starts gathering a new site beside the output; the output itself is untouched until the stage commits.</summary>
    public StagedOutput BeginReplace()
    {
        Recover();
        return new StagedOutput(this, Beside(TempMarker));
    }

    /// <summary>
    /// Writes the files whose bytes changed and removes <paramref name="removed"/>, in place, undone as a whole if any
    /// step fails (see <see cref="OutputPatch"/>): for rebuilds that change few files of a large site.
    /// </summary>
    /// <returns>How many files were written or removed.</returns>
    public Task<OutputChanges> PatchAsync(IReadOnlyList<OutputFile> files, IEnumerable<string> removed, CancellationToken cancellationToken = default)
    {
        Recover();
        return new OutputPatch(FullPath, Beside(TempMarker), Beside(UndoMarker)).ApplyAsync(files, removed, cancellationToken);
    }

    private string Beside(string marker) => System.IO.Path.Combine(Parent, $".{Name}{marker}{Guid.NewGuid():N}");

    /// <summary>Brings back the previous site if a build was killed while swapping or patching, then clears its leftovers.</summary>
    private void Recover()
    {
        Directory.CreateDirectory(Parent);
        RestoreInterruptedSwap();
        if (Directory.Exists(FullPath))
            foreach (var undo in Directory.EnumerateDirectories(Parent, $".{Name}{UndoMarker}*"))
                OutputPatch.RestoreFrom(undo, FullPath);
        RemoveLeftovers();
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
        foreach (var marker in new[] { TempMarker, OldMarker, UndoMarker })
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
