using System.Text.Json;
using Microsoft.Playwright;
using StaticNews.TestSupport;

namespace StaticNews.EndToEnd.Tests;

/// <summary>The sample site's branding in real Chromium over HTTP: icons, manifest, logo, and axe in both colour schemes.</summary>
public sealed class BrandingPageTests(SampleSiteBuild site) : IClassFixture<SampleSiteBuild>
{
    private const string Article = "world/storm-ilse-floods-saltmere/";

    public static TheoryData<string, string> PagesInBothSchemes()
    {
        var data = new TheoryData<string, string>();
        string[] pages = ["", "world/", Article, "tags/storm-ilse/", "authors/amara-okafor/", "search/", "404.html"];
        foreach (var scheme in new[] { "light", "dark" })
            foreach (var page in pages) data.Add(scheme, page);
        return data;
    }

    [Fact]
    public async Task The_favicon_touch_icon_manifest_and_its_icons_load_with_status_200_and_nothing_is_missing()
    {
        // Given the home page on a static host, every response recorded
        await using var server = await StaticFolderServer.StartAsync(site.Output);
        await using var browser = await Browser.OpenAsync();
        var page = await browser.PageAsync(ColorScheme.Light);
        var failed = new List<string>();
        page.Response += (_, response) => { if (response.Status >= 400) lock (failed) failed.Add($"{response.Status} {response.Url}"); };

        // When it loads, and every icon the head names and the manifest lists is requested
        await page.GotoAsync(server.Address.AbsoluteUri, new() { WaitUntil = WaitUntilState.NetworkIdle });
        var links = await page.EvalOnSelectorAllAsync<string[]>("link[rel='icon'], link[rel='apple-touch-icon'], link[rel='manifest']", "links => links.map(l => l.href)");
        var manifest = await page.APIRequest.GetAsync(new Uri(server.Address, "site.webmanifest").AbsoluteUri);
        using var json = JsonDocument.Parse(await manifest.TextAsync());
        var icons = json.RootElement.GetProperty("icons").EnumerateArray().Select(icon => new Uri(server.Address, icon.GetProperty("src").GetString()).AbsoluteUri).ToList();
        var statuses = new List<string>();
        foreach (var url in links.Concat(icons).Append(new Uri(server.Address, "favicon.ico").AbsoluteUri))
        {
            var response = await page.APIRequest.GetAsync(url);
            statuses.Add($"{response.Status} {new Uri(url).AbsolutePath} {response.Headers.GetValueOrDefault("content-type")}");
        }

        // Then
        Assert.Equal(
            ["200 /favicon.ico image/x-icon", "200 /icon.svg image/svg+xml", "200 /apple-touch-icon.png image/png", "200 /site.webmanifest application/manifest+json",
             "200 /icon-192.png image/png", "200 /icon-512.png image/png", "200 /favicon.ico image/x-icon"],
            statuses);
        Assert.Equal("The Harbour Courier", json.RootElement.GetProperty("name").GetString());
        Assert.Equal("#175b78", json.RootElement.GetProperty("theme_color").GetString());
        Assert.Empty(failed);
    }

    [Theory]
    [InlineData("light", "/images/courier-logo.svg")]
    [InlineData("dark", "/images/courier-logo-dark.svg")]
    public async Task The_masthead_shows_the_logo_of_the_colour_scheme_with_the_site_name_as_alt_text(string scheme, string logo)
    {
        // Given
        await using var server = await StaticFolderServer.StartAsync(site.Output);
        await using var browser = await Browser.OpenAsync();
        var page = await browser.PageAsync(scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);

        // When
        await page.GotoAsync(new Uri(server.Address, Article).AbsoluteUri, new() { WaitUntil = WaitUntilState.NetworkIdle });

        // Then the logo links home, has loaded, and names the newsroom
        var image = page.GetByRole(AriaRole.Link, new() { Name = "The Harbour Courier" }).Locator("img");
        await Assertions.Expect(image).ToHaveAttributeAsync("alt", "The Harbour Courier");
        Assert.EndsWith(logo, await image.EvaluateAsync<string>("img => img.currentSrc"));
        Assert.True(await image.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
    }

    [Theory]
    [MemberData(nameof(PagesInBothSchemes))]
    public async Task Each_page_type_has_no_axe_violations_in_either_colour_scheme(string scheme, string path)
    {
        // Given the page in the colour scheme the reader's system prefers
        await using var server = await StaticFolderServer.StartAsync(site.Output);
        await using var browser = await Browser.OpenAsync();
        var page = await browser.PageAsync(scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await page.GotoAsync(new Uri(server.Address, path).AbsoluteUri, new() { WaitUntil = WaitUntilState.NetworkIdle });

        // When axe-core checks it (colour contrast included)
        await page.AddScriptTagAsync(new() { Path = Path.Combine(RepositoryPaths.Root, "node_modules", "axe-core", "axe.min.js") });
        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))");

        // Then
        Assert.True(violations.GetArrayLength() == 0, string.Join(Environment.NewLine, violations.EnumerateArray().Select(v => v.GetString())));
    }

    private sealed class Browser : IAsyncDisposable
    {
        private IPlaywright playwright = null!;
        private IBrowser browser = null!;

        public static async Task<Browser> OpenAsync()
        {
            var session = new Browser { playwright = await Playwright.CreateAsync() };
            session.browser = await session.playwright.Chromium.LaunchAsync(ChromiumLaunch.Options);
            return session;
        }

        public Task<IPage> PageAsync(ColorScheme scheme) => browser.NewPageAsync(new() { ColorScheme = scheme });

        public async ValueTask DisposeAsync()
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
