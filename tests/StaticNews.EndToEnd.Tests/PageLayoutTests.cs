using System.Text.Json;
using Microsoft.Playwright;
using StaticNews.TestSupport;

namespace StaticNews.EndToEnd.Tests;

/// <summary>Every page type of the sample in real Chromium, served over HTTP: no sideways scroll at phone to desktop widths, no axe violation on the newer page types.</summary>
public sealed class PageLayoutTests(SampleSiteBuild site) : IClassFixture<SampleSiteBuild>
{
    /// <summary>One page of each type: home, section, article with and without a photo, tag, both indexes, a static page, search, 404.</summary>
    public static readonly string[] PageTypes =
    [
        "", "world/", "business/insurers-count-cost-storm-ilse/", "business/port-strike-ends-automation-deal/", "tags/storm-ilse/",
        "tags/", "authors/", "about/", "corrections/", "search/", "404.html",
    ];

    private static readonly int[] Widths = [320, 390, 768, 1440];

    [Fact]
    public async Task No_page_type_scrolls_sideways_at_320_390_768_or_1440_px()
    {
        // Given the sample on a static host
        await using var server = await StaticFolderServer.StartAsync(site.Output);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(ChromiumLaunch.Options);
        var overflows = new List<string>();

        // When each page is laid out at each width
        foreach (var width in Widths)
        {
            await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
            var page = await context.NewPageAsync();
            foreach (var path in PageTypes)
            {
                await page.GotoAsync(new Uri(server.Address, path).AbsoluteUri);
                var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                if (scrollWidth > width) overflows.Add($"/{path} at {width} px is {scrollWidth} px wide");
            }
        }

        // Then
        Assert.True(overflows.Count == 0, string.Join(Environment.NewLine, overflows));
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Static_pages_and_both_indexes_have_no_axe_violations(string scheme)
    {
        // Given the sample on a static host, in the reader's colour scheme
        await using var server = await StaticFolderServer.StartAsync(site.Output);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(ChromiumLaunch.Options);
        var page = await browser.NewPageAsync(new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        var violations = new List<string>();

        // When axe-core (npm, injected as inline script: no request) checks each page
        foreach (var path in new[] { "about/", "contact/", "corrections/", "ethics/", "privacy/", "tags/", "authors/", "science/kelby-turbines-pass-first-winter-test/" })
        {
            await page.GotoAsync(new Uri(server.Address, path).AbsoluteUri);
            await page.AddScriptTagAsync(new() { Path = Path.Combine(RepositoryPaths.Root, "node_modules", "axe-core", "axe.min.js") });
            var found = await page.EvaluateAsync<JsonElement>(
                "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))");
            violations.AddRange(found.EnumerateArray().Select(v => $"/{path}: {v.GetString()}"));
        }

        // Then
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
