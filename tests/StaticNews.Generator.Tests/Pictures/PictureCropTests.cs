using System.Text.Json;
using System.Text.RegularExpressions;
using NetVips;

namespace StaticNews.Generator.Tests.Pictures;

/// <summary>A hero photo's crops for cards, search engines and social sharing, read back with libvips.</summary>
public sealed partial class PictureCropTests
{
    [Fact]
    public async Task A_camera_sized_hero_gets_a_3_2_card_crop_and_the_16_9_4_3_1_1_and_1200_by_630_sharing_crops()
    {
        // Given
        using var scratch = new ScratchSite();
        scratch.WriteBytes("images/quay.jpg", TestPictures.Jpeg(3000, 2000));
        scratch.Write("world/pictured.md", ScratchSite.Article("Body.", "image: {src: images/quay.jpg, alt: \"A quay\"}\n"));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        Assert.Equal((480, 320), SizeOf(CropFile(scratch, "quay", "card.480")));
        Assert.Equal((800, 533), SizeOf(CropFile(scratch, "quay", "card.800")));
        Assert.Equal((1200, 675), SizeOf(CropFile(scratch, "quay", "16x9")));
        Assert.Equal((1200, 900), SizeOf(CropFile(scratch, "quay", "4x3")));
        Assert.Equal((1200, 1200), SizeOf(CropFile(scratch, "quay", "1x1")));
        Assert.Equal((1200, 630), SizeOf(CropFile(scratch, "quay", "og")));
    }

    [Fact]
    public async Task The_focal_point_moves_the_crop_window_onto_the_marked_corner()
    {
        // Given a wide picture with a red block in its top-left corner, once centred and once focused on that corner
        using var scratch = new ScratchSite();
        scratch.WriteBytes("images/centred.jpg", TestPictures.Jpeg(3000, 1000));
        scratch.WriteBytes("images/focused.jpg", TestPictures.Jpeg(3000, 1000));
        scratch.Write("world/centred.md", ScratchSite.Article("Body.", "image: {src: images/centred.jpg, alt: \"A quay\"}\n"));
        scratch.Write("world/focused.md", ScratchSite.Article("Body.", "image: {src: images/focused.jpg, alt: \"A quay\", focus: [0.1, 0.2]}\n"));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then the square crop shows the red corner only when the focus asks for it
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        Assert.False(IsRed(TopLeftOf(CropFile(scratch, "centred", "1x1"))), "the centred square crop shows the corner");
        Assert.True(IsRed(TopLeftOf(CropFile(scratch, "focused", "1x1"))), "the focused square crop misses the corner");
    }

    [Fact]
    public async Task Structured_data_lists_the_three_crops_with_their_sizes_and_Open_Graph_and_Twitter_use_the_1200_by_630_crop()
    {
        // Given
        using var scratch = new ScratchSite();
        scratch.WriteBytes("images/quay.jpg", TestPictures.Jpeg(3000, 2000));
        scratch.Write("world/pictured.md", ScratchSite.Article("Body.", "image: {src: images/quay.jpg, alt: \"A quay\"}\n"));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var html = scratch.Site.ReadOutput("world/pictured/index.html");
        var json = JsonDocument.Parse(StructuredData().Match(html).Groups[1].Value);
        var images = json.RootElement.GetProperty("image").EnumerateArray()
            .Select(image => (Shape: Regex.Match(image.GetProperty("url").GetString()!, @"\.(\w+)\.jpg$").Groups[1].Value,
                              Width: image.GetProperty("width").GetInt32(), Height: image.GetProperty("height").GetInt32()))
            .ToList();
        Assert.Equal([("16x9", 1200, 675), ("4x3", 1200, 900), ("1x1", 1200, 1200)], images);
        Assert.Matches("<meta property=\"og:image\" content=\"https?://[^\"]+/images/quay\\.[0-9a-f]{10}\\.og\\.jpg\"", html);
        Assert.Contains("<meta property=\"og:image:width\" content=\"1200\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:image:height\" content=\"630\"", html, StringComparison.Ordinal);
        Assert.Matches("<meta name=\"twitter:image\" content=\"https?://[^\"]+/images/quay\\.[0-9a-f]{10}\\.og\\.jpg\"", html);
    }

    [Fact]
    public async Task A_story_card_shows_the_3_2_crop_as_WebP_and_JPEG_copies_with_their_size()
    {
        // Given a story with a photo pinned under another
        using var scratch = new ScratchSite();
        scratch.WriteBytes("images/quay.jpg", TestPictures.Jpeg(3000, 2000));
        scratch.Write("world/pictured.md", ScratchSite.Article("Body.", "image: {src: images/quay.jpg, alt: \"A quay\"}\n"));
        scratch.Write("world/reader.md", ScratchSite.Article("Body.", "related: [pictured]\n"));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then its card holds the 3:2 crop at 480 and 800 px, not the full picture
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var html = scratch.Site.ReadOutput("world/reader/index.html");
        Assert.Matches(@"<source type=""image/webp"" srcset=""/news/images/quay\.[0-9a-f]{10}\.card\.480\.webp 480w, /news/images/quay\.[0-9a-f]{10}\.card\.800\.webp 800w""", html);
        Assert.Contains("width=\"800\" height=\"533\"", html, StringComparison.Ordinal);
    }

    private static string CropFile(ScratchSite scratch, string name, string shape) =>
        Assert.Single(Directory.GetFiles(Path.Combine(scratch.Site.Output, "images"), $"{name}.*.{shape}.jpg"));

    private static (int, int) SizeOf(string path)
    {
        using var image = Image.NewFromFile(path);
        return (image.Width, image.Height);
    }

    private static double[] TopLeftOf(string path)
    {
        using var image = Image.NewFromFile(path);
        return image.Getpoint(5, 5);
    }

    private static bool IsRed(double[] pixel) => pixel[0] > 200 && pixel[1] < 60;

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex StructuredData();
}
