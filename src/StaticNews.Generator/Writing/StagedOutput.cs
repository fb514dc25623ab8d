namespace StaticNews.Generator.Writing;

/// <summary>
/// A build's files gathered in a fresh folder beside the output, in as many batches as the build likes, so a page can
/// be written and forgotten as soon as it is rendered. Nothing reaches the output until <see cref="Commit"/>;
/// disposing an uncommitted stage deletes it and leaves the output as it was.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private readonly OutputFolder output;
    private readonly string staging;
    private readonly NewFolders folders;
    /// <summary>Without a previous output there is nothing to compare with, so no file is looked for there.</summary>
    private readonly bool hadOutput;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> paths = new(StringComparer.Ordinal);
    private int written;
    private int carried;
    private int removed;
    private bool committed;

    internal StagedOutput(OutputFolder output, string staging)
    {
        this.output = output;
        this.staging = staging;
        Directory.CreateDirectory(staging);
        folders = new NewFolders(staging);
        hadOutput = Directory.Exists(output.FullPath);
    }

    /// <summary>What the swap changed; files the previous output had and the stage lacks count as removed once committed.</summary>
    public OutputChanges Changes => new(written, removed, carried);

    /// <summary>Writes the files into the stage, a few at once; each body is synchronous (see <see cref="OutputFile.WriteNew"/>).</summary>
    public Task WriteAsync(IEnumerable<OutputFile> files, CancellationToken cancellationToken = default) =>
        Parallel.ForEachAsync(files, cancellationToken, (file, _) =>
        {
            Write(file);
            return ValueTask.CompletedTask;
        });

    private void Write(OutputFile file)
    {
        var target = Path.Combine(staging, file.Path);
        folders.MakeFor(target);
        var current = Path.Combine(output.FullPath, file.Path);
        paths.TryAdd(file.Path, 0);
        if (file.Unchanged || (hadOutput && UnchangedFile.HasSameBytes(file, current)))
        {
            UnchangedFile.CarryOver(current, target);
            Interlocked.Increment(ref carried);
        }
        else
        {
            file.WriteNew(target);
            Interlocked.Increment(ref written);
        }
    }

    /// <summary>Swaps the gathered files in as the output folder.</summary>
    public void Commit()
    {
        removed = Directory.Exists(output.FullPath) ? CountMissing() : 0;
        output.SwapIn(staging);
        committed = true;
    }

    /// <summary>The previous output's files, hidden ones included, that the new site does not have.</summary>
    private int CountMissing() =>
        Directory.EnumerateFiles(output.FullPath, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Count(file => !paths.ContainsKey(Path.GetRelativePath(output.FullPath, file).Replace(Path.DirectorySeparatorChar, '/')));

    public void Dispose()
    {
        if (!committed) OutputFolder.TryDelete(staging);
    }
}
