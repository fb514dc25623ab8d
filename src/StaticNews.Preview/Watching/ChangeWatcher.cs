using System.Threading.Channels;

namespace StaticNews.Preview.Watching;

/// <summary>
/// Watches folders and hands out changes in batches: a batch closes once no event came for the debounce
/// time, so an editor's save (temp file, rename, several writes) becomes one rebuild.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    /// <summary>A batch closes after this long even if events keep coming, so a busy folder cannot starve rebuilds.</summary>
    private static readonly TimeSpan LongestBatch = TimeSpan.FromSeconds(2);

    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Channel<string> events = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TimeSpan debounce;

    public ChangeWatcher(IEnumerable<string> folders, TimeSpan debounce)
    {
        this.debounce = debounce;
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => events.Writer.TryWrite(e.FullPath);
            watcher.Created += (_, e) => events.Writer.TryWrite(e.FullPath);
            watcher.Deleted += (_, e) => events.Writer.TryWrite(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                events.Writer.TryWrite(e.OldFullPath);
                events.Writer.TryWrite(e.FullPath);
            };
            // Lost events (buffer overflow) mean we no longer know what changed: say "everything in this folder".
            watcher.Error += (_, _) => events.Writer.TryWrite(folder);
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    /// <summary>Waits for the next batch of changed paths (full paths, ordinal order, no duplicates).</summary>
    public async Task<IReadOnlyList<string>> NextBatchAsync(CancellationToken cancellationToken)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal) { await events.Reader.ReadAsync(cancellationToken) };
        var closesAt = DateTime.UtcNow + LongestBatch;
        while (DateTime.UtcNow < closesAt)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            quiet.CancelAfter(debounce);
            try
            {
                paths.Add(await events.Reader.ReadAsync(quiet.Token));
                while (events.Reader.TryRead(out var more)) paths.Add(more);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }
        return paths.ToList();
    }

    public void Dispose()
    {
        foreach (var watcher in watchers) watcher.Dispose();
        events.Writer.TryComplete();
    }
}
