using System.Text.RegularExpressions;
using NetVips;

namespace StaticNews.Preview.Tests;

/// <summary>The preview publishes pictures as <c>build</c> does, and a saved picture shows after one rebuild.</summary>
public sealed partial class PicturePreviewTests
{
    [Fact]
    public async Task A_replaced_photo_is_served_in_new_copies_after_one_rebuild()
    {
        // Given a preview of an article whose hero is a blue photo, and a tab listening
        await using var site = await PreviewSite.StartAsync(prepare: input =>
        {
            File.WriteAllBytes(Path.Combine(input, "images", "quay.jpg"), Photo(0, 0, 255));
            var article = Path.Combine(input, "world", "harbour-reopens.md");
            File.WriteAllText(article, File.ReadAllText(article).Replace("src: images/harbour.svg", "src: images/quay.jpg", StringComparison.Ordinal));
        });
        await using var events = await EventStream.OpenAsync(site.Server.Address);
        await events.NextAsync();
        using var http = new HttpClient();
        var before = Copy480().Match(await http.GetStringAsync(site.Url(PreviewSite.ArticlePath))).Value;
        Assert.NotEmpty(before);

        // When the photo is saved again, red this time, as editors save (a temp file renamed over it)
        var target = Path.Combine(site.Input, "images", "quay.jpg");
        File.WriteAllBytes(target + ".saving~", Photo(255, 0, 0));
        File.Move(target + ".saving~", target, overwrite: true);
        var message = await events.NextAsync(timeoutMs: 30_000);

        // Then the page names new copies, they are red, and the old ones are gone
        Assert.Contains(PreviewSite.ArticlePath, message.Pages);
        var after = Copy480().Match(await http.GetStringAsync(site.Url(PreviewSite.ArticlePath))).Value;
        Assert.NotEqual(before, after);
        using var response = await http.GetAsync(site.Url(after));
        Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
        using var served = Image.NewFromBuffer(await response.Content.ReadAsByteArrayAsync());
        var pixel = served.Getpoint(served.Width / 2, served.Height / 2);
        Assert.True(pixel[0] > 200 && pixel[2] < 60, $"the new copy's centre is ({string.Join(", ", pixel)}), not red");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync(site.Url(before))).StatusCode);
    }

    /// <summary>A plain 1000 × 600 photo of one colour.</summary>
    private static byte[] Photo(double red, double green, double blue)
    {
        using var image = (Image.Black(1000, 600, bands: 3) + new[] { red, green, blue }).Cast(Enums.BandFormat.Uchar);
        return image.JpegsaveBuffer(q: 90);
    }

    [GeneratedRegex(@"/news/images/quay\.[0-9a-f]{10}\.480\.webp")]
    private static partial Regex Copy480();
}
