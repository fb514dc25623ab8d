using System.Text.Json;
using Microsoft.Playwright;
using StaticNews.TestSupport;

namespace StaticNews.EndToEnd.Tests;

/// <summary>
/// The sample article that uses every story element, in real Chromium served over HTTP, with every request the page
/// makes recorded and any to another host blocked at the network.
/// </summary>
public sealed class StoryElementsPageTests(SampleSiteBuild site) : IClassFixture<SampleSiteBuild>
{
    private const string Article = "world/storm-ilse-night-in-pictures-video-and-maps/";

    /// <summary>The address each facade of the article loads, in page order (the PDF has no button: it is only linked).</summary>
    private static readonly string[] ExpectedFrames =
    [
        "https://www.youtube-nocookie.com/embed/Xk3fTq9Lm2A?autoplay=1",
        "https://player.vimeo.com/video/912345678?dnt=1&autoplay=1",
        "https://www.tiktok.com/embed/v2/7431234567890123456",
        "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fwatch%2F%3Fv%3D1234567890123456",
        "https://platform.twitter.com/embed/Tweet.html?id=1849123456789012345&dnt=true",
        "https://embed.bsky.app/embed/saltmere-news.bsky.social/app.bsky.feed.post/3l7abcdefgh2k",
        "https://www.instagram.com/p/DBx7Qk2Nf3a/embed/",
        "https://datawrapper.dwcdn.net/Ab3dE/2/",
        "https://flo.uri.sh/visualisation/19876543/embed",
        "https://embed.documentcloud.org/documents/24123456-coastal-authority-flood-warning/?embed=1",
        "https://www.openstreetmap.org/export/embed.html?bbox=-3.42024,56.04034,-3.40376,56.04586&layer=mapnik&marker=56.0431,-3.412",
        "https://www.openstreetmap.org/export/embed.html?bbox=-3.46,56.02,-3.36,56.07&layer=mapnik",
        "https://maps.harbourcourier.example/flood-extent/saltmere/",
        "https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fharbour-courier%2Fstorm-ilse-night-on-the-quay&auto_play=true",
        "https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk",
        "https://media.harbourcourier.example/audio/ilse-lifeboat-radio.mp3",
    ];

    [Fact]
    public async Task Loading_the_article_requests_nothing_from_another_host()
    {
        // Given the article on a static host, every request recorded
        await using var server = await StaticFolderServer.StartAsync(site.Output);
        await using var session = await BrowserSession.OpenAsync(server.Address);

        // When the reader loads it and scrolls to the end (so lazy pictures load too)
        await session.Page.GotoAsync(new Uri(server.Address, Article).AbsoluteUri, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await session.Page.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight)");
        await session.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // Then
        Assert.Contains(session.Requests, url => url.EndsWith("/assets/js/embeds.js", StringComparison.Ordinal));
        Assert.Contains(session.Requests, url => url.EndsWith("/images/storm-surge.svg", StringComparison.Ordinal));
        Assert.Empty(session.Blocked);
    }

    [Fact]
    public async Task Tab_reaches_each_facade_button_and_Enter_loads_the_providers_frame()
    {
        // Given the article loaded in the browser
        await using var server = await StaticFolderServer.StartAsync(site.Output);
        await using var session = await BrowserSession.OpenAsync(server.Address);
        var page = session.Page;
        await page.GotoAsync(new Uri(server.Address, Article).AbsoluteUri);
        await Assertions.Expect(page.Locator("button[data-embed-src]")).ToHaveCountAsync(ExpectedFrames.Length);

        // When the reader tabs through the page
        var reached = new List<string>();
        for (var i = 0; i < 300 && reached.Count < ExpectedFrames.Length; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string?>("document.activeElement ? document.activeElement.getAttribute('data-embed-src') : null");
            if (focused is not null && !reached.Contains(focused)) reached.Add(focused);
        }

        // Then every facade's button gets the focus, in page order
        Assert.Equal(ExpectedFrames, reached);

        // And Enter on each puts the provider's frame (or the MP3's player) in the page, whose request is blocked at the network
        foreach (var frame in ExpectedFrames)
        {
            var button = page.Locator($"button[data-embed-src=\"{frame}\"]");
            await button.FocusAsync();
            var request = page.WaitForRequestAsync(frame);
            await page.Keyboard.PressAsync("Enter");
            await request;
            var media = page.Locator($".embed__frame[src=\"{frame}\"]");
            await Assertions.Expect(media).ToHaveCountAsync(1);
            if (frame.EndsWith(".mp3", StringComparison.Ordinal))
            {
                await Assertions.Expect(media).ToHaveJSPropertyAsync("tagName", "AUDIO");
                continue;
            }
            await Assertions.Expect(media).ToHaveAttributeAsync("sandbox", "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation");
            await Assertions.Expect(media).ToHaveAttributeAsync("referrerpolicy", "strict-origin-when-cross-origin");
            await Assertions.Expect(media).ToHaveAttributeAsync("allow", new System.Text.RegularExpressions.Regex(".+"));
        }
        Assert.Equal(ExpectedFrames.Order(StringComparer.Ordinal), session.Blocked.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Without_JavaScript_the_buttons_stay_hidden_and_each_facade_links_to_the_original()
    {
        await using var server = await StaticFolderServer.StartAsync(site.Output);
        await using var session = await BrowserSession.OpenAsync(server.Address, javaScript: false);

        await session.Page.GotoAsync(new Uri(server.Address, Article).AbsoluteUri);

        await Assertions.Expect(session.Page.Locator("button[data-embed-src]").First).ToBeHiddenAsync();
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Link, new() { Name = "Watch on YouTube" }))
            .ToHaveAttributeAsync("href", "https://www.youtube.com/watch?v=Xk3fTq9Lm2A");
        await Assertions.Expect(session.Page.Locator("a.embed__original")).ToHaveCountAsync(ExpectedFrames.Length + 1);
        Assert.Empty(session.Blocked);
    }

    [Fact]
    public async Task The_article_has_no_axe_violations()
    {
        // Given the article loaded, its facades' buttons shown by the theme's script
        await using var server = await StaticFolderServer.StartAsync(site.Output);
        await using var session = await BrowserSession.OpenAsync(server.Address);
        await session.Page.GotoAsync(new Uri(server.Address, Article).AbsoluteUri);
        await Assertions.Expect(session.Page.Locator("button[data-embed-src]").First).ToBeVisibleAsync();

        // When axe-core (npm, injected as inline script: no request) checks the page
        await session.Page.AddScriptTagAsync(new() { Path = Path.Combine(RepositoryPaths.Root, "node_modules", "axe-core", "axe.min.js") });
        var violations = await session.Page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))");

        // Then
        Assert.True(violations.GetArrayLength() == 0, string.Join(Environment.NewLine, violations.EnumerateArray().Select(v => v.GetString())));
    }

    [Fact]
    public void Only_the_video_with_title_description_poster_and_date_is_a_VideoObject_in_the_JSON_LD()
    {
        // Given
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, Article, "index.html")));

        // When
        using var json = JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent);

        // Then
        var video = Assert.Single(json.RootElement.GetProperty("video").EnumerateArray());
        Assert.Equal("VideoObject", video.GetProperty("@type").GetString());
        Assert.Equal("Storm Ilse: the surge tops the Saltmere sea wall", video.GetProperty("name").GetString());
        Assert.StartsWith("Our reporter films the sea", video.GetProperty("description").GetString());
        Assert.Equal("https://news.example.org/images/storm-surge.svg", video.GetProperty("thumbnailUrl").GetString());
        Assert.Equal("2026-10-22", video.GetProperty("uploadDate").GetString());
        Assert.Equal("https://www.youtube-nocookie.com/embed/Xk3fTq9Lm2A?autoplay=1", video.GetProperty("embedUrl").GetString());
    }

    [Fact]
    public async Task The_article_passes_the_Nu_Html_Checker()
    {
        var errors = await NuHtmlChecker.ErrorsAsync([Path.Combine(site.Output, Article, "index.html")]);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    /// <summary>A Chromium page whose requests are all recorded; those to another origin are aborted and listed in <see cref="Blocked"/>.</summary>
    private sealed class BrowserSession : IAsyncDisposable
    {
        private IPlaywright playwright = null!;
        private IBrowser browser = null!;

        public IPage Page { get; private set; } = null!;
        public List<string> Requests { get; } = [];
        public List<string> Blocked { get; } = [];

        public static async Task<BrowserSession> OpenAsync(Uri origin, bool javaScript = true)
        {
            var session = new BrowserSession();
            session.playwright = await Playwright.CreateAsync();
            session.browser = await session.playwright.Chromium.LaunchAsync(ChromiumLaunch.Options);
            session.Page = await session.browser.NewPageAsync(new() { JavaScriptEnabled = javaScript });
            var own = origin.GetLeftPart(UriPartial.Authority);
            await session.Page.RouteAsync("**/*", async route =>
            {
                var url = route.Request.Url;
                lock (session.Requests) session.Requests.Add(url);
                if (new Uri(url).GetLeftPart(UriPartial.Authority) == own)
                {
                    await route.ContinueAsync();
                    return;
                }
                lock (session.Blocked) session.Blocked.Add(url);
                await route.AbortAsync();
            });
            return session;
        }

        public async ValueTask DisposeAsync()
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
