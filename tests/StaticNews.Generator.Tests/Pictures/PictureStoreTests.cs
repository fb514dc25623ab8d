using StaticNews.Generator.Pictures;

namespace StaticNews.Generator.Tests.Pictures;

/// <summary>Pictures are encoded once: a rebuild takes them from the store and leaves the published files untouched.</summary>
public sealed class PictureStoreTests
{
    [Fact]
    public async Task A_rebuild_encodes_nothing_unchanged_and_keeps_each_derivative_bytes_and_time()
    {
        // Given a built site with a photo (its own bytes, so no other test has encoded it in this process)
        using var scratch = new ScratchSite();
        scratch.WriteBytes("images/quay.jpg", TestPictures.Jpeg(1700 + Random.Shared.Next(200), 1000));
        scratch.Write("world/pictured.md", ScratchSite.Article("Body.", "image: {src: images/quay.jpg, alt: \"A quay\"}\n"));
        var first = await scratch.Site.BuildAsync();
        Assert.True(first.Succeeded, FixtureSite.Describe(first.Diagnostics));
        Assert.Equal(1, first.PicturesEncoded);
        var derivatives = Directory.GetFiles(Path.Combine(scratch.Site.Output, "images"), "quay.*");
        var before = derivatives.ToDictionary(p => p, p => (File.ReadAllBytes(p), File.GetLastWriteTimeUtc(p)));

        // When an article's text changes and the site is built again
        scratch.Write("world/pictured.md", ScratchSite.Article("Body, edited.", "image: {src: images/quay.jpg, alt: \"A quay\"}\n"));
        var second = await scratch.Site.BuildAsync();

        // Then
        Assert.True(second.Succeeded, FixtureSite.Describe(second.Diagnostics));
        Assert.Equal(0, second.PicturesEncoded);
        foreach (var (path, (bytes, time)) in before)
        {
            Assert.Equal(bytes, File.ReadAllBytes(path));
            Assert.Equal(time, File.GetLastWriteTimeUtc(path));
        }
        Assert.NotEmpty(Directory.GetDirectories(Path.Combine(Path.GetDirectoryName(scratch.Site.Output)!, ".staticnews", "pictures")));
    }

    [Fact]
    public async Task A_replaced_picture_is_encoded_again_under_new_addresses()
    {
        // Given
        using var scratch = new ScratchSite();
        scratch.WriteBytes("images/quay.jpg", TestPictures.Jpeg(900 + Random.Shared.Next(200), 600));
        scratch.Write("world/pictured.md", ScratchSite.Article("Body.", "image: {src: images/quay.jpg, alt: \"A quay\"}\n"));
        await scratch.Site.BuildAsync();
        var oldPage = scratch.Site.ReadOutput("world/pictured/index.html");

        // When
        scratch.WriteBytes("images/quay.jpg", TestPictures.Jpeg(1300 + Random.Shared.Next(200), 600));
        var result = await scratch.Site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        Assert.Equal(1, result.PicturesEncoded);
        Assert.NotEqual(oldPage, scratch.Site.ReadOutput("world/pictured/index.html"));
        var oldCopy = System.Text.RegularExpressions.Regex.Match(oldPage, @"images/(quay\.[0-9a-f]{10}\.480\.webp)").Groups[1].Value;
        Assert.NotEmpty(oldCopy);
        Assert.False(scratch.Site.OutputExists("images/" + oldCopy), "the old picture's copies are gone");
    }

    [Fact]
    public async Task A_moved_focal_point_crops_again_under_new_addresses_and_keeps_the_resized_copies()
    {
        // Given
        using var scratch = new ScratchSite();
        scratch.WriteBytes("images/quay.jpg", TestPictures.Jpeg(1300 + Random.Shared.Next(200), 900));
        scratch.Write("world/pictured.md", ScratchSite.Article("Body.", "image: {src: images/quay.jpg, alt: \"A quay\", focus: [0.2, 0.5]}\n"));
        await scratch.Site.BuildAsync();
        var before = Directory.GetFiles(Path.Combine(scratch.Site.Output, "images"), "quay.*").Select(Path.GetFileName).ToHashSet();

        // When
        scratch.Write("world/pictured.md", ScratchSite.Article("Body.", "image: {src: images/quay.jpg, alt: \"A quay\", focus: [0.8, 0.5]}\n"));
        var result = await scratch.Site.BuildAsync();

        // Then the crops have new names, the resized copies the same ones, and no picture was encoded again
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        Assert.Equal(0, result.PicturesEncoded);
        var after = Directory.GetFiles(Path.Combine(scratch.Site.Output, "images"), "quay.*").Select(Path.GetFileName).ToHashSet();
        Assert.Contains(after, name => name!.EndsWith(".og.jpg", StringComparison.Ordinal) && !before.Contains(name));
        Assert.DoesNotContain(before, name => name!.EndsWith(".og.jpg", StringComparison.Ordinal) && after.Contains(name));
        Assert.Contains(after, name => name!.EndsWith(".480.webp", StringComparison.Ordinal) && before.Contains(name));
    }

    [Fact]
    public async Task The_store_keeps_a_replaced_picture_for_a_day_then_removes_it_and_keeps_what_is_used()
    {
        // Given a built site whose photo was then replaced and built again
        using var scratch = new ScratchSite();
        var store = Path.Combine(Path.GetDirectoryName(scratch.Site.Output)!, ".staticnews", "pictures");
        scratch.WriteBytes("images/quay.jpg", TestPictures.Jpeg(900 + Random.Shared.Next(200), 600));
        scratch.Write("world/pictured.md", ScratchSite.Article("Body.", "image: {src: images/quay.jpg, alt: \"A quay\"}\n"));
        await scratch.Site.BuildAsync();
        var old = Directory.GetDirectories(store).ToHashSet();
        scratch.WriteBytes("images/quay.jpg", TestPictures.Jpeg(1300 + Random.Shared.Next(200), 600));
        await scratch.Site.BuildAsync();
        var current = Directory.GetDirectories(store).Except(old).ToList();
        Assert.True(old.All(Directory.Exists), "a picture replaced minutes ago is kept: another output may use it");

        // When a day and a bit has passed for the old entries (and a killed build's leftover), and the site is built again
        var leftover = Directory.CreateDirectory(Path.Combine(store, "." + new string('a', 32) + "." + new string('b', 32))).FullName;
        var unrelated = Directory.CreateDirectory(Path.Combine(store, "notes")).FullName;
        foreach (var entry in old.Append(leftover).Append(unrelated))
            Directory.SetLastWriteTimeUtc(entry, DateTime.UtcNow - PictureStore.KeepUnused - TimeSpan.FromHours(1));
        var result = await scratch.Site.BuildAsync();

        // Then the old entries and the leftover are gone, the used ones and a folder the store did not name are kept
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        Assert.Equal(0, result.PicturesEncoded);
        Assert.All(old, entry => Assert.False(Directory.Exists(entry), entry));
        Assert.False(Directory.Exists(leftover));
        Assert.True(Directory.Exists(unrelated));
        Assert.NotEmpty(current);
        Assert.All(current, entry => Assert.True(Directory.Exists(entry), entry));
    }
}
