namespace StaticNews.Generator.Writing;

/// <summary>
/// Changes a few files of the output in place as one undoable step, for a rebuild that touched few pages: remaking
/// the whole tree would cost a link and a folder per file. New bytes are first written beside the output; then each
/// changed file's old copy is moved into an undo folder and the new one moved in, and removed files follow the old
/// copies. If a move fails every step is undone; if the process dies, the next build puts the undo folder back first.
/// Unchanged files are not touched at all, so they keep their bytes and modification time.
/// </summary>
internal sealed class OutputPatch(string output, string staging, string undo)
{
    private readonly List<(string Path, bool HadOld, bool Removed)> applied = [];

    /// <returns>How many files were written, removed, and left as they were.</returns>
    public async Task<OutputChanges> ApplyAsync(IReadOnlyList<OutputFile> files, IEnumerable<string> removed, CancellationToken cancellationToken)
    {
        try
        {
            var changed = await StageAsync(files, cancellationToken);
            try
            {
                foreach (var path in changed.Order(StringComparer.Ordinal)) Replace(path);
                foreach (var path in removed.Order(StringComparer.Ordinal)) Remove(path);
            }
            catch
            {
                Undo();
                throw;
            }
            var gone = applied.Count(step => step.Removed);
            return new OutputChanges(applied.Count - gone, gone, files.Count - (applied.Count - gone));
        }
        finally
        {
            OutputFolder.TryDelete(staging);
            OutputFolder.TryDelete(undo);
        }
    }

    /// <summary>Writes the files whose bytes differ from the output's beside it, and names them.</summary>
    private async Task<IReadOnlyCollection<string>> StageAsync(IReadOnlyList<OutputFile> files, CancellationToken cancellationToken)
    {
        var changed = new System.Collections.Concurrent.ConcurrentBag<string>();
        Directory.CreateDirectory(staging);
        var folders = new NewFolders(staging);
        await Parallel.ForEachAsync(files, cancellationToken, (file, _) =>
        {
            if (file.Unchanged || UnchangedFile.HasSameBytes(file, Path.Combine(output, file.Path))) return ValueTask.CompletedTask;
            var target = Path.Combine(staging, file.Path);
            folders.MakeFor(target);
            file.WriteNew(target);
            changed.Add(file.Path);
            return ValueTask.CompletedTask;
        });
        return changed;
    }

    private void Replace(string path)
    {
        var target = Path.Combine(output, path);
        var hadOld = File.Exists(target);
        if (hadOld) MoveInto(target, Path.Combine(undo, path));
        MoveInto(Path.Combine(staging, path), target);
        applied.Add((path, hadOld, Removed: false));
    }

    private void Remove(string path)
    {
        var target = Path.Combine(output, path);
        if (!File.Exists(target)) return;
        MoveInto(target, Path.Combine(undo, path));
        applied.Add((path, HadOld: true, Removed: true));
        RemoveEmptyFolders(Path.GetDirectoryName(target)!);
    }

    private void Undo()
    {
        for (var i = applied.Count - 1; i >= 0; i--)
        {
            var (path, hadOld, removed) = applied[i];
            var target = Path.Combine(output, path);
            if (!removed) File.Delete(target);
            if (hadOld) MoveInto(Path.Combine(undo, path), target);
        }
    }

    /// <summary>Puts back the old copies a killed patch had moved aside, so the output is the previous site again.</summary>
    public static void RestoreFrom(string undoFolder, string output)
    {
        foreach (var file in Directory.EnumerateFiles(undoFolder, "*", SearchOption.AllDirectories))
            MoveInto(file, Path.Combine(output, Path.GetRelativePath(undoFolder, file)), overwrite: true);
        OutputFolder.TryDelete(undoFolder);
    }

    private static void MoveInto(string from, string to, bool overwrite = false)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Move(from, to, overwrite);
    }

    private void RemoveEmptyFolders(string folder)
    {
        var root = Path.GetFullPath(output);
        while (!string.Equals(Path.GetFullPath(folder), root, StringComparison.Ordinal) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }
}
