using Microsoft.Playwright;

namespace StaticNews.Preview.Tests.Browser;

/// <summary>What an editor sees in a real browser while <c>serve</c> runs.</summary>
public sealed class LiveReloadBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    private const float Wait = 15_000;

    [Fact]
    public async Task An_edited_article_shows_its_new_text_without_a_manual_reload()
    {
        // Given an open article
        await using var site = await PreviewSite.StartAsync();
        var page = await chromium.Browser.NewPageAsync();
        await page.GotoAsync(site.Url(PreviewSite.ArticlePath).ToString());
        await page.GetByText("The harbour reopened on Tuesday").WaitForAsync(new() { Timeout = Wait });

        // When its Markdown changes on disk
        site.EditArticle(text => text.Replace("The harbour reopened on Tuesday", "The harbour finally reopened on Wednesday"));

        // Then the page shows the new text by itself
        await page.GetByText("The harbour finally reopened on Wednesday").WaitForAsync(new() { Timeout = Wait });
    }

    [Fact]
    public async Task Broken_front_matter_shows_an_overlay_naming_file_and_line_and_the_fix_clears_it()
    {
        // Given an open article
        await using var site = await PreviewSite.StartAsync();
        var page = await chromium.Browser.NewPageAsync();
        await page.GotoAsync(site.Url(PreviewSite.ArticlePath).ToString());
        await page.GetByRole(AriaRole.Heading, new() { Name = "Harbour reopens after three-day storm" }).WaitForAsync(new() { Timeout = Wait });

        // When its front matter names a section that does not exist
        site.EditArticle(text => text.Replace("section: world", "section: weather"));

        // Then an overlay names the file, the line and the problem
        var overlay = page.Locator("#staticnews-error-overlay");
        await overlay.WaitForAsync(new() { Timeout = Wait });
        var place = await overlay.Locator(".staticnews-problem-place").InnerTextAsync();
        var message = await overlay.Locator(".staticnews-problem-message").InnerTextAsync();
        Assert.EndsWith("world/harbour-reopens.md(4,1)", place);
        Assert.Contains("section 'weather' is not declared in site.yml", message);

        // When the editor fixes it (and improves the headline)
        site.EditArticle(text => text.Replace("section: weather", "section: world").Replace("three-day storm", "four-day storm"));

        // Then the overlay goes and the page shows the fix
        await page.GetByRole(AriaRole.Heading, new() { Name = "Harbour reopens after four-day storm" }).WaitForAsync(new() { Timeout = Wait });
        Assert.Equal(0, await overlay.CountAsync());
    }
}
