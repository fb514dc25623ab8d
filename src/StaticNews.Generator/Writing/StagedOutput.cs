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
    private int written;
    private bool committed;

    internal StagedOutput(OutputFolder output, string staging)
    {
        this.output = output;
        this.staging = staging;
        Directory.CreateDirectory(staging);
    }

    public int FilesWritten => written;

    public async Task WriteAsync(IEnumerable<OutputFile> files, CancellationToken cancellationToken = default)
    {
        await Parallel.ForEachAsync(files, cancellationToken, async (file, ct) =>
        {
            var target = Path.Combine(staging, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var current = Path.Combine(output.FullPath, file.Path);
            if (file.Unchanged || await UnchangedFile.HasSameBytesAsync(file, current, ct)) UnchangedFile.CarryOver(current, target);
            else await file.WriteNewAsync(target, ct);
            Interlocked.Increment(ref written);
        });
    }

    /// <summary>Swaps the gathered files in as the output folder.</summary>
    public void Commit()
    {
        output.SwapIn(staging);
        committed = true;
    }

    public void Dispose()
    {
        if (!committed) OutputFolder.TryDelete(staging);
    }
}
