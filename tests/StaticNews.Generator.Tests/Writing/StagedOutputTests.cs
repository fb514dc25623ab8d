using StaticNews.Generator.Writing;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Writing;

public sealed class StagedOutputTests
{
    private static OutputFile Text(string path, string text) =>
        new(path, () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)));

    /// <summary>Bytes that no stream shortcut applies to: read chunk by chunk from a stream that is not a MemoryStream.</summary>
    private static OutputFile Streamed(string path, byte[] bytes) => new(path, () => new BufferedStream(new MemoryStream(bytes)));

    private static byte[] Bytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    [Fact]
    public async Task A_stage_writes_into_deep_folders_it_made_across_batches()
    {
        // Given a stage that gets pages in nested folders over two batches, some sharing folders, some going deeper
        using var temp = new TempFolder();
        using var staged = new OutputFolder(temp.Combine("out")).BeginReplace();

        // When
        await staged.WriteAsync([Text("a/b/c/index.html", "c"), Text("a/b/d/index.html", "d"), Text("index.html", "home")]);
        await staged.WriteAsync([Text("a/b/c/deeper/still/index.html", "deep"), Text("a/x.html", "x"), Text("e/index.html", "e")]);
        staged.Commit();

        // Then every page is in place with its bytes
        Assert.Equal(new OutputChanges(6, 0, 0), staged.Changes);
        Assert.Equal(
            ["a/b/c/deeper/still/index.html", "a/b/c/index.html", "a/b/d/index.html", "a/x.html", "e/index.html", "index.html"],
            FolderSnapshot.Of(temp.Combine("out")).Keys);
        Assert.Equal("deep", File.ReadAllText(temp.Combine("out", "a", "b", "c", "deeper", "still", "index.html")));
    }

    [Fact]
    public async Task Files_larger_than_a_chunk_are_written_whole_whether_their_bytes_are_in_memory_or_streamed()
    {
        // Given
        using var temp = new TempFolder();
        var big = Bytes(200_000, seed: 1);

        // When
        await new OutputFolder(temp.Combine("out")).ReplaceWithAsync(
            [Streamed("streamed.bin", big), new OutputFile("in-memory.bin", () => OutputFile.StreamOf(big))]);

        // Then
        Assert.Equal(big, File.ReadAllBytes(temp.Combine("out", "streamed.bin")));
        Assert.Equal(big, File.ReadAllBytes(temp.Combine("out", "in-memory.bin")));
    }

    [Fact]
    public async Task A_large_file_changed_only_in_its_last_chunk_is_written_fresh_and_an_equal_one_keeps_its_time()
    {
        // Given a previous site with two files larger than a chunk, an hour old
        using var temp = new TempFolder();
        var folder = new OutputFolder(temp.Combine("out"));
        var same = Bytes(150_000, seed: 2);
        var before = Bytes(150_000, seed: 3);
        await folder.ReplaceWithAsync([Streamed("same.bin", same), Streamed("edited.bin", before)]);
        var anHourAgo = DateTime.UtcNow.AddHours(-1);
        foreach (var name in new[] { "same.bin", "edited.bin" }) File.SetLastWriteTimeUtc(temp.Combine("out", name), anHourAgo);

        // When the site is rebuilt with the last byte of one file changed
        var after = (byte[])before.Clone();
        after[^1] ^= 0xFF;
        await folder.ReplaceWithAsync([Streamed("same.bin", same), Streamed("edited.bin", after)]);

        // Then
        Assert.Equal(anHourAgo, File.GetLastWriteTimeUtc(temp.Combine("out", "same.bin")));
        Assert.NotEqual(anHourAgo, File.GetLastWriteTimeUtc(temp.Combine("out", "edited.bin")));
        Assert.Equal(after, File.ReadAllBytes(temp.Combine("out", "edited.bin")));
    }
}
