using System.Text.RegularExpressions;

namespace StaticNews.Generator.Tests.Pictures;

/// <summary>Pictures in an article's body are published like heroes: sized copies, dimensions, lazy, a colour behind them.</summary>
public sealed class BodyPictureTests
{
    [Fact]
    public async Task A_markdown_picture_in_the_body_is_a_lazy_picture_with_srcset_sizes_dimensions_and_its_colour()
    {
        // Given an article whose body shows a photo with a title (the fixture site lives under /news/)
        using var scratch = new ScratchSite();
        scratch.WriteBytes("images/quay.jpg", TestPictures.Jpeg(1600, 1000));
        scratch.Write("world/pictured.md", ScratchSite.Article("Before.\n\n![The quay at dawn](images/quay.jpg \"Dawn\")\n\nAfter.\n"));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var picture = PictureOf(scratch.Site.ReadOutput("world/pictured/index.html"), "The quay at dawn");
        Assert.Matches(@"<source type=""image/webp"" srcset=""/news/images/quay\.[0-9a-f]{10}\.480\.webp 480w, [^""]*1600w"" sizes=""\(min-width: 44rem\) 42rem, calc\(100vw - 2rem\)"">", picture);
        Assert.Matches(@"<img src=""/news/images/quay\.[0-9a-f]{10}\.1200\.jpg"" srcset=""[^""]*\.480\.jpg 480w, [^""]*"" sizes=""[^""]+"" width=""1600"" height=""1000""", picture);
        Assert.Contains("title=\"Dawn\"", picture, StringComparison.Ordinal);
        Assert.Contains("loading=\"lazy\" decoding=\"async\" style=\"background-color:#", picture, StringComparison.Ordinal);
        Assert.DoesNotContain("fetchpriority", picture, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gallery_pictures_are_pictures_sized_for_the_gallery_and_svgs_stay_plain_images()
    {
        // Given a gallery of a photo and an SVG
        using var scratch = new ScratchSite();
        scratch.WriteBytes("images/quay.jpg", TestPictures.Jpeg(1000, 700));
        scratch.Write("images/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>");
        scratch.Write("world/pictured.md", ScratchSite.Article(
            "Before.\n\n::: gallery The morning after\nimage: images/quay.jpg | The quay | Photo desk\nimage: images/chart.svg | The chart\n:::\n"));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var html = scratch.Site.ReadOutput("world/pictured/index.html");
        var picture = PictureOf(html, "The quay");
        Assert.Contains("sizes=\"(min-width: 44rem) 36rem, 85vw\"", picture, StringComparison.Ordinal);
        Assert.Contains("width=\"1000\" height=\"700\" class=\"gallery__picture\"", picture, StringComparison.Ordinal);
        Assert.Contains("<img class=\"gallery__picture\" src=\"/news/images/chart.svg\" alt=\"The chart\" loading=\"lazy\">", html, StringComparison.Ordinal);
    }

    /// <summary>The whole &lt;picture&gt; element around the image with this alt text.</summary>
    private static string PictureOf(string html, string alt)
    {
        var match = Regex.Match(html, $"<picture>(?:(?!</picture>).)*alt=\"{Regex.Escape(alt)}\"(?:(?!</picture>).)*</picture>");
        Assert.True(match.Success, $"no <picture> with alt \"{alt}\" in the page");
        return match.Value;
    }
}
