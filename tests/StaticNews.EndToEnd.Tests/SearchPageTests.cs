using Microsoft.Playwright;

namespace StaticNews.EndToEnd.Tests;

/// <summary>The search page in real Chromium (the machine's /usr/bin/chromium), served over HTTP from the built sample site.</summary>
public sealed class SearchPageTests(SampleSiteBuild site) : IClassFixture<SampleSiteBuild>
{
    private static readonly BrowserTypeLaunchOptions Launch = ChromiumLaunch.Options;

    [Fact]
    public async Task Typing_a_headline_word_lists_that_article()
    {
        // Given the sample site on a static host
        await using var server = await StaticFolderServer.StartAsync(site.Output);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(Launch);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(server.Address, "search/").AbsoluteUri);

        // When
        await page.GetByLabel("Search stories by headline, summary, section or topic").FillAsync("breakwater");

        // Then the story with the word in its headline comes first
        var first = page.Locator(".search__results li a").First;
        await Assertions.Expect(first).ToHaveTextAsync("Druvia reopens Skarvik port after repairing storm-hit breakwater");
        await Assertions.Expect(first).ToHaveAttributeAsync("href", "/world/druvia-reopens-skarvik-breakwater/");
    }

    [Fact]
    public async Task A_query_in_the_address_is_searched_on_arrival()
    {
        await using var server = await StaticFolderServer.StartAsync(site.Output);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(Launch);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(server.Address, "search/?q=turbines").AbsoluteUri);

        await Assertions.Expect(page.Locator(".search__results a", new() { HasText = "Tidal turbines begin a two-year trial in the Kelby Narrows" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Without_JavaScript_the_search_form_stays_hidden_and_the_section_list_remains()
    {
        await using var server = await StaticFolderServer.StartAsync(site.Output);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(Launch);
        var page = await browser.NewPageAsync(new() { JavaScriptEnabled = false });

        await page.GotoAsync(new Uri(server.Address, "search/").AbsoluteUri);

        await Assertions.Expect(page.Locator("form.search")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".search__sections a", new() { HasText = "Science" })).ToBeVisibleAsync();
    }
}
