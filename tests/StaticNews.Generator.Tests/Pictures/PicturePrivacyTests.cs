using System.Text.Json;
using NetVips;

namespace StaticNews.Generator.Tests.Pictures;

/// <summary>A phone's photo as a hero: every published file is upright and carries no metadata, read with exiftool.</summary>
public sealed partial class PicturePrivacyTests
{
    [System.Text.RegularExpressions.GeneratedRegex(@"\.(card\.\d+|16x9|4x3|1x1|og)\.(jpg|webp)$")]
    private static partial System.Text.RegularExpressions.Regex CropName();

    private static readonly string[] MetadataGroups = ["EXIF", "GPS", "XMP", "IPTC", "MakerNotes", "ICC_Profile", "Photoshop"];

    [Fact]
    public async Task A_camera_photo_with_GPS_and_an_orientation_tag_is_published_upright_without_any_metadata()
    {
        // Given a hero photo stored sideways with Orientation 6, GPS, a serial number, XMP, IPTC and a comment
        using var scratch = new ScratchSite();
        Directory.CreateDirectory(scratch.InputPath("images"));
        TestPictures.WriteCameraJpeg(scratch.InputPath("images/phone.jpg"));
        Assert.Contains("GPS", TestPictures.Run("exiftool", "-G", scratch.InputPath("images/phone.jpg")), StringComparison.Ordinal);
        scratch.Write("world/pictured.md", ScratchSite.Article("Body.", "image: {src: images/phone.jpg, alt: \"A quay\"}\n"));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then every published picture (derivatives and the copy at the original path) has no metadata at all
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var published = Directory.EnumerateFiles(scratch.Site.Output, "phone*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Contains(published, p => p.EndsWith(".webp", StringComparison.Ordinal));
        Assert.Contains(published, p => p.EndsWith("images/phone.jpg", StringComparison.Ordinal));
        var report = JsonDocument.Parse(TestPictures.Run("exiftool", ["-j", "-G", "-a", .. published]));
        foreach (var file in report.RootElement.EnumerateArray())
        {
            var tags = file.EnumerateObject().Select(tag => tag.Name).ToList();
            var leaked = tags.Where(tag => MetadataGroups.Any(group => tag.StartsWith(group + ":", StringComparison.Ordinal))
                                           || tag.EndsWith(":Comment", StringComparison.Ordinal)).ToList();
            Assert.True(leaked.Count == 0, $"{file.GetProperty("SourceFile")} still carries {string.Join(", ", leaked)}");
        }

        // and upright: 2000 × 3000 at full size, the red corner at the top left of every resized copy (crops cut it away)
        Assert.Contains(published, p => p.EndsWith(".og.jpg", StringComparison.Ordinal));
        foreach (var path in published.Where(p => !CropName().IsMatch(p)))
        {
            using var image = Image.NewFromFile(path);
            Assert.True(image.Height > image.Width, $"{path} is {image.Width} × {image.Height}, not upright");
            var corner = image.Getpoint(image.Width / 20, image.Height / 30);
            Assert.True(corner[0] > 200 && corner[1] < 60, $"{path}: the top-left corner is not the red marker");
        }
        using (var largest = Image.NewFromFile(scratch.Site.Output + "/images/phone.jpg"))
            Assert.Equal((2000, 3000), (largest.Width, largest.Height));
    }

    [Fact]
    public async Task A_hero_photo_is_a_picture_element_with_sizes_dimensions_placeholder_and_high_priority()
    {
        // Given
        using var scratch = new ScratchSite();
        scratch.WriteBytes("images/wide.jpg", TestPictures.Jpeg(2000, 1000));
        scratch.Write("world/pictured.md", ScratchSite.Article("Body.", "image: {src: images/wide.jpg, alt: \"A quay\"}\n"));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then: 480, 800, 1200, 1600 and the original's own 2000, never upscaled to 2400
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var html = scratch.Site.ReadOutput("world/pictured/index.html");
        Assert.Contains("<picture><source type=\"image/webp\" srcset=\"/news/images/wide.", html, StringComparison.Ordinal);
        foreach (var width in new[] { 480, 800, 1200, 1600, 2000 })
            Assert.Contains($".{width}.webp {width}w", html, StringComparison.Ordinal);
        Assert.DoesNotContain("2400w", html, StringComparison.Ordinal);
        Assert.Contains("width=\"2000\" height=\"1000\"", html, StringComparison.Ordinal);
        Assert.Matches("style=\"background-color:#[0-9a-f]{6}\"", html);
        Assert.Contains("fetchpriority=\"high\"", html, StringComparison.Ordinal);
        Assert.Contains("sizes=\"(min-width: 44rem) 42rem, calc(100vw - 2rem)\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:image:width\" content=\"1200\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:image:height\" content=\"630\"", html, StringComparison.Ordinal);
    }
}
