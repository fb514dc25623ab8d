using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text.Json.Nodes;
using StaticNews.Generator.Incremental;
using StaticNews.Generator.Loading;
using StaticNews.Generator.Writing;

namespace StaticNews.Generator.Tests.Loading;

/// <summary>
/// The files under <c>.staticnews/</c> are input too: a cut, bit-flipped or hand-edited article cache or page manifest
/// never makes a build throw; it is set aside (a note under <c>--verbose</c>) and the build equals a cold one.
/// </summary>
public sealed class DamagedCacheTests : IDisposable
{
    private readonly CorpusSite corpus = new(articles: 12);
    private string CachePath => BuildManifest.ArticlesPathFor(new OutputFolder(corpus.Output));
    private string ManifestPath => BuildManifest.PathFor(new OutputFolder(corpus.Output));

    [Fact]
    public async Task Every_cut_of_the_article_cache_reads_back_as_a_cache_or_as_none_without_throwing()
    {
        // Given the cache a build wrote
        var bytes = await CacheBytes();

        // When / Then (the hash is made again, as a hand edit would, so the reader's own bounds are what is tested)
        for (var length = 0; length < bytes.Length; length += Math.Max(1, bytes.Length / 1500))
            AssertReadsWithoutThrowing(Rehashed(bytes[..length]));
    }

    [Fact]
    public async Task Every_flipped_bit_of_the_article_cache_reads_back_without_throwing()
    {
        // Given
        var bytes = await CacheBytes();
        var content = bytes.Length - 16;

        // When / Then each byte in turn gets one bit flipped, one at a time, with and without a matching hash
        for (var at = 0; at < content; at += Math.Max(1, content / 1500))
        {
            var flipped = (byte[])bytes.Clone();
            flipped[at] ^= (byte)(1 << (at % 8));
            AssertReadsWithoutThrowing(flipped);
            AssertReadsWithoutThrowing(Rehashed(flipped[..content]));
        }
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    [InlineData(-2)]
    [InlineData(1 << 24)]
    public async Task A_hostile_count_anywhere_in_the_article_cache_is_refused_before_anything_is_allocated(int count)
    {
        // Given
        var bytes = await CacheBytes();
        var content = bytes.Length - 16;

        // When / Then: the value lands on every count, length, index and line place of the file in turn
        for (var at = 0; at + 4 <= content; at += Math.Max(1, content / 3000))
        {
            var edited = bytes[..content];
            BinaryPrimitives.WriteInt32LittleEndian(edited.AsSpan(at), count);
            AssertReadsWithoutThrowing(Rehashed(edited));
        }
    }

    [Fact]
    public async Task A_hand_edited_article_cache_is_set_aside_with_a_note_and_the_build_equals_a_cold_build()
    {
        // Given a built site whose cache says it holds 2^31 - 1 words, with a hash that matches
        Assert.True((await Build()).Succeeded);
        var bytes = File.ReadAllBytes(CachePath)[..^16];
        var wordsCount = 4 + 16 + 1 + bytes[20] + 8;
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(wordsCount), int.MaxValue);
        File.WriteAllBytes(CachePath, Rehashed(bytes));

        // When
        var warm = await Build();

        // Then
        Assert.True(warm.Succeeded, FixtureSite.Describe(warm.Diagnostics));
        Assert.Contains(warm.Notes, note => note.StartsWith("The article cache", StringComparison.Ordinal) && note.Contains("does not fit", StringComparison.Ordinal));
        await corpus.AssertEqualsColdBuild(warm);
    }

    public static TheoryData<string> HostileManifests() => new()
    {
        "",
        "null",
        "[]",
        "{\"Format\":1,\"Pages\":{\"index.html\":null},\"Files\":[\"index.html\"]}",
        "{\"Format\":1,\"Pages\":{\"index.html\":{\"Key\":null,\"Length\":1,\"Modified\":1}},\"Files\":[]}",
        "{\"Format\":1,\"Pages\":{},\"Files\":[null]}",
        "{\"Format\":1,\"Pages\":[],\"Files\":{}}",
        "{\"Format\":\"1\",\"Pages\":{},\"Files\":[]}",
        "{\"Format\":1,\"Pages\":{\"index.html\":{\"Key\":\"x\",\"Length\":\"long\",\"Modified\":1e400}},\"Files\":[]}",
        "{\"Format\":1,\"Pages\":{\"index.html\":{\"Key\":\"0\",\"Length\":99999999999999999999,\"Modified\":1}},\"Files\":[]}",
    };

    [Theory]
    [MemberData(nameof(HostileManifests))]
    public async Task A_page_manifest_with_nulls_or_wrong_types_means_a_cold_build(string manifest)
    {
        // Given
        Assert.True((await Build()).Succeeded);
        File.WriteAllText(ManifestPath, manifest);

        // When
        var warm = await Build();

        // Then
        Assert.True(warm.Succeeded, FixtureSite.Describe(warm.Diagnostics));
        await corpus.AssertEqualsColdBuild(warm);
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("/tmp/outside.txt")]
    [InlineData("a/../../outside.txt")]
    public async Task A_page_manifest_naming_a_file_outside_the_output_is_set_aside_and_the_file_survives(string path)
    {
        // Given a manifest that lists a file beside the output as one of its pages, and a rebuild small enough to patch
        Assert.True((await Build()).Succeeded);
        var outside = Path.Combine(Path.GetDirectoryName(corpus.Output)!, "outside.txt");
        File.WriteAllText(outside, "not the site's");
        var manifest = JsonNode.Parse(File.ReadAllText(ManifestPath))!;
        manifest["Files"]!.AsArray().Add(path.Replace("/tmp/outside.txt", outside, StringComparison.Ordinal));
        File.WriteAllText(ManifestPath, manifest.ToJsonString());
        File.AppendAllText(corpus.Stories[0], "\nOne more line.\n");

        // When
        var warm = await Build();

        // Then
        Assert.True(warm.Succeeded, FixtureSite.Describe(warm.Diagnostics));
        Assert.Equal("not the site's", File.ReadAllText(outside));
        Assert.Contains(warm.Notes, note => note.StartsWith("The page manifest", StringComparison.Ordinal));
        File.Delete(outside);
        await corpus.AssertEqualsColdBuild(warm);
    }

    private async Task<byte[]> CacheBytes()
    {
        Assert.True((await Build()).Succeeded);
        return File.ReadAllBytes(CachePath);
    }

    private Task<BuildResult> Build() =>
        new SiteGenerator().BuildAsync(new BuildOptions { InputDirectory = corpus.Input, OutputDirectory = corpus.Output, Now = CorpusSite.Now });

    private void AssertReadsWithoutThrowing(byte[] bytes)
    {
        File.WriteAllBytes(CachePath, bytes);
        var notes = new List<string>();
        var cache = ArticleCache.Read(CachePath, discarded: notes.Add);
        Assert.True(notes.Count == 1 || cache.PreviousCount > 0 || bytes.Length == 0, "a cache that was not read must say why");
    }

    /// <summary>The content followed by its hash, as the cache file is laid out.</summary>
    private static byte[] Rehashed(byte[] content) => [.. content, .. XxHash128.Hash(content)];

    public void Dispose() => corpus.Dispose();
}
