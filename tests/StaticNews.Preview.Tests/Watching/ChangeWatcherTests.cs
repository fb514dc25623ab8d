using StaticNews.Preview.Watching;
using StaticNews.TestSupport;

namespace StaticNews.Preview.Tests.Watching;

public sealed class ChangeWatcherTests
{
    [Fact]
    public async Task A_burst_of_writes_and_a_rename_arrive_as_one_batch()
    {
        // Given
        using var temp = new TempFolder();
        using var watcher = new ChangeWatcher([temp.Path], TimeSpan.FromMilliseconds(150));
        var story = temp.Combine("story.md");

        // When an editor writes, rewrites and renames in quick succession
        File.WriteAllText(story + ".tmp", "one");
        File.WriteAllText(story + ".tmp", "two");
        File.Move(story + ".tmp", story);
        File.AppendAllText(story, "three");

        // Then
        var batch = await watcher.NextBatchAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains(story, batch);
        using var quiet = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => watcher.NextBatchAsync(quiet.Token));
    }
}
