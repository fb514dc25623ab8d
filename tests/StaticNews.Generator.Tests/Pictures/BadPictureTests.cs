using StaticNews.Generator.Diagnostics;

namespace StaticNews.Generator.Tests.Pictures;

/// <summary>Every kind of bad picture is an error at the front matter line that names it, and nothing is published.</summary>
public sealed class BadPictureTests
{
    private const string HeroLine = "image: {src: images/bad.PICTURE, alt: \"A picture\"}\n";
    private const int LineOfImage = 6;

    public static TheoryData<string, string, string, string> BadPictures() => new()
    {
        // case, extension, code, a phrase of the fix
        { "empty", "jpg", Codes.EmptyImage, "empty file" },
        { "truncated", "jpg", Codes.PictureUnreadable, "truncated or corrupt" },
        { "not a picture", "jpg", Codes.PictureUnreadable, "Export it again" },
        { "decompression bomb", "png", Codes.PictureTooLarge, "image_max_pixels" },
        { "png named jpg", "jpg", Codes.PictureFormatMismatch, "is a PNG file, not JPEG" },
        { "heic", "heic", Codes.PictureUnsupported, "Export it as JPEG" },
        { "animated gif", "gif", Codes.PictureAnimated, "use a still picture" },
        { "svg with script", "svg", Codes.UnsafeSvg, "<script>" },
        { "svg with event handler", "svg", Codes.UnsafeSvg, "event handler (onload=)" },
        { "svg with external reference", "svg", Codes.UnsafeSvg, "another file or site" },
    };

    [Theory]
    [MemberData(nameof(BadPictures))]
    public async Task A_bad_hero_picture_is_an_error_at_its_front_matter_line_and_nothing_is_published(string shape, string extension, string code, string fix)
    {
        // Given
        using var scratch = new ScratchSite();
        var picture = scratch.InputPath($"images/bad.{extension}");
        Make(shape, picture);
        scratch.Write("world/pictured.md", ScratchSite.Article("Body.", HeroLine.Replace("PICTURE", extension, StringComparison.Ordinal)));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(code, error.Code);
        Assert.EndsWith("world/pictured.md", error.Path.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Equal(LineOfImage, error.Line);
        Assert.Contains(fix, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.Site.Output), shape);
    }

    [Fact]
    public async Task A_picture_over_the_configured_pixel_limit_is_refused()
    {
        // Given a 2-megapixel picture and a limit of one megapixel in site.yml
        using var scratch = new ScratchSite();
        File.AppendAllText(scratch.InputPath("site.yml"), "image_max_pixels: 1000000\n");
        scratch.WriteBytes("images/bad.jpg", TestPictures.Jpeg(2000, 1000));
        scratch.Write("world/pictured.md", ScratchSite.Article("Body.", HeroLine.Replace("PICTURE", "jpg", StringComparison.Ordinal)));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(Codes.PictureTooLarge, error.Code);
        Assert.Contains("2000 × 1000 pixels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_picture_under_the_smallest_width_is_published_at_its_own_size_with_a_warning()
    {
        // Given
        using var scratch = new ScratchSite();
        scratch.WriteBytes("images/small.jpg", TestPictures.Jpeg(300, 200));
        scratch.Write("world/pictured.md", ScratchSite.Article("Body.", "image: {src: images/small.jpg, alt: \"A picture\"}\n"));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == Codes.PictureTooSmall);
        Assert.Equal(LineOfImage, warning.Line);
        var html = scratch.Site.ReadOutput("world/pictured/index.html");
        Assert.Contains("width=\"300\" height=\"200\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" 480w", html, StringComparison.Ordinal);
    }

    private static void Make(string shape, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        switch (shape)
        {
            case "empty": File.WriteAllBytes(path, []); break;
            case "truncated":
                var whole = TestPictures.Jpeg(1600, 1200);
                File.WriteAllBytes(path, whole[..(whole.Length / 2)]);
                break;
            case "not a picture": File.WriteAllText(path, "This is a note, not a photo.\n"); break;
            case "decompression bomb": File.WriteAllBytes(path, TestPictures.PngHeaderOnly(30_000, 30_000)); break;
            case "png named jpg": TestPictures.Magick("-size", "640x480", "xc:#336699", "png:" + path); break;
            case "heic": File.WriteAllBytes(path, TestPictures.HeicHeader()); break;
            case "animated gif": TestPictures.Magick("-size", "640x480", "xc:red", "xc:blue", "-loop", "0", path); break;
            case "svg with script":
                File.WriteAllText(path, "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>");
                break;
            case "svg with event handler":
                File.WriteAllText(path, "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"10\" height=\"10\"/></svg>");
                break;
            case "svg with external reference":
                File.WriteAllText(path, "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image xlink:href=\"https://tracker.example/pixel.png\"/></svg>");
                break;
            default: throw new ArgumentOutOfRangeException(nameof(shape), shape, null);
        }
    }
}
