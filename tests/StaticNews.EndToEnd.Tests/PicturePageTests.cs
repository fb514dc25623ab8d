using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace StaticNews.EndToEnd.Tests;

/// <summary>A story with a camera photo as its hero, in real Chromium at a phone's and a laptop's size.</summary>
public sealed partial class PicturePageTests(SampleSiteBuild site) : IClassFixture<SampleSiteBuild>
{
    private static readonly BrowserTypeLaunchOptions Launch = new()
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    };

    /// <summary>Sums every layout shift the page makes, as the Layout Instability API reports it, from the first paint on.</summary>
    private const string ShiftRecorder = """
        window.__shift = 0;
        new PerformanceObserver(list => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value; })
            .observe({ type: 'layout-shift', buffered: true });
        """;

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task The_hero_photo_is_a_derivative_at_most_twice_its_shown_width_and_the_page_does_not_shift(int width, int height)
    {
        // Given the sample site on a static host and a browser of that size
        await using var server = await StaticFolderServer.StartAsync(site.Output);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(Launch);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        await page.AddInitScriptAsync(ShiftRecorder);

        // When the story with a photo as its hero is opened, and read to the end
        await page.GotoAsync(new Uri(server.Address, "world/druvia-reopens-skarvik-breakwater/").AbsoluteUri);
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('.hero img'); return i.complete && i.naturalWidth > 0; }");
        await page.Mouse.WheelAsync(0, 20_000);
        await page.WaitForTimeoutAsync(500);

        // Then
        var hero = await page.EvaluateAsync<string[]>(
            "() => { const i = document.querySelector('.hero img'); return [i.currentSrc, String(i.getBoundingClientRect().width), String(devicePixelRatio)]; }");
        var chosen = DerivativeWidth().Match(hero[0]);
        Assert.True(chosen.Success, $"the hero shows {hero[0]}, not a derivative");
        var shown = double.Parse(hero[1], CultureInfo.InvariantCulture) * double.Parse(hero[2], CultureInfo.InvariantCulture);
        Assert.True(int.Parse(chosen.Groups[1].Value, CultureInfo.InvariantCulture) <= 2 * shown,
            $"the hero is shown {shown} px wide but the browser took {hero[0]}");
        var shift = await page.EvaluateAsync<double>("() => window.__shift");
        Assert.True(shift < 0.01, $"cumulative layout shift {shift}");
    }

    [GeneratedRegex(@"/images/[a-z-]+\.[0-9a-f]{10}\.(\d+)\.webp$")]
    private static partial Regex DerivativeWidth();
}
