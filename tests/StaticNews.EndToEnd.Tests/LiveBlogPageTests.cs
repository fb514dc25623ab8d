using System.Text.Json;
using Microsoft.Playwright;
using StaticNews.Generator;
using StaticNews.TestSupport;

namespace StaticNews.EndToEnd.Tests;

/// <summary>The sample's live blogs in real Chromium over a plain static host: accessible, and a running one takes new updates without a reload.</summary>
public sealed class LiveBlogPageTests(SampleSiteBuild site) : IClassFixture<SampleSiteBuild>
{
    private const string LiveBlog = "world/storm-petra-live-gales-close-castell-port/";

    [Theory]
    [InlineData(LiveBlog)]
    [InlineData("politics/vestria-election-night-as-it-happened/")]
    [InlineData("")]
    [InlineData("world/")]
    public async Task Live_blogs_and_the_fronts_that_show_them_have_no_axe_violations(string address)
    {
        // Given the sample site on a static host
        await using var server = await StaticFolderServer.StartAsync(site.Output);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(ChromiumLaunch.Options);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(server.Address, address).AbsoluteUri);

        // When axe-core checks the page
        await page.AddScriptTagAsync(new() { Path = Path.Combine(RepositoryPaths.Root, "node_modules", "axe-core", "axe.min.js") });
        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))");

        // Then
        Assert.True(violations.GetArrayLength() == 0, string.Join(Environment.NewLine, violations.EnumerateArray().Select(v => v.GetString())));
    }

    [Fact]
    public async Task A_second_build_that_appends_an_update_offers_1_new_update_and_inserts_it_without_a_reload()
    {
        // Given the sample built into a folder served by a plain static host, the live blog open with a short poll interval
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.SampleInput, "input");
        var output = temp.Combine("output");
        var options = new BuildOptions { InputDirectory = input, OutputDirectory = output, Now = SampleSiteBuild.Now };
        var first = await new SiteGenerator().BuildAsync(options);
        Assert.True(first.Succeeded, string.Join(Environment.NewLine, first.Diagnostics));
        await using var server = await StaticFolderServer.StartAsync(output);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(ChromiumLaunch.Options);
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        // The browser's own request for /favicon.ico (the site has none) is not the page's doing.
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal)) lock (errors) errors.Add(message.Text + " " + message.Location);
        };
        page.PageError += (_, error) => { lock (errors) errors.Add(error); };
        await page.GotoAsync(new Uri(server.Address, LiveBlog).AbsoluteUri);
        await page.EvaluateAsync("() => { window.__sameDocument = true; document.querySelector('.live-updates').setAttribute('data-live-interval', '250'); }");

        // When a second build adds an update to the file
        File.AppendAllText(Path.Combine(input, LiveBlog.TrimEnd('/') + ".md"), "\n## 11:45 | Lifeboat called to a yacht off Saltmere | niamh-farrell\n\nThe lifeboat crew launched at 11:40.\n");
        var second = await new SiteGenerator().BuildAsync(options);
        Assert.True(second.Succeeded, string.Join(Environment.NewLine, second.Diagnostics));

        // Then the button appears, and a click puts the update at the top of the list in the same document
        var button = page.GetByRole(AriaRole.Button, new() { Name = "1 new update" });
        await Assertions.Expect(button).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await button.ClickAsync();
        var newest = page.Locator(".live-updates__list > .live-update").First;
        await Assertions.Expect(newest).ToHaveAttributeAsync("id", "update-20261120-1145");
        await Assertions.Expect(newest.Locator(".live-update__headline")).ToHaveTextAsync("Lifeboat called to a yacht off Saltmere");
        await Assertions.Expect(button).ToBeHiddenAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page was reloaded");
        await Assertions.Expect(page.Locator(".story-meta__updated time")).ToHaveTextAsync("11:45");
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
