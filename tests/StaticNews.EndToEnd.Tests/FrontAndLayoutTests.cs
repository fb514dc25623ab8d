using System.Text.Json;
using Microsoft.Playwright;
using StaticNews.TestSupport;

namespace StaticNews.EndToEnd.Tests;

/// <summary>The sample's home page, fronts, articles and tag pages in real Chromium, from a phone to a wide screen.</summary>
public sealed class FrontAndLayoutTests(SampleSiteBuild site) : IClassFixture<SampleSiteBuild>
{
    private const string ArticleWithPhoto = "world/druvia-reopens-skarvik-breakwater/";
    private const string ArticleWithoutPhoto = "world/northern-seas-states-agree-tide-network/";

    /// <summary>One page of each kind: home, section front, article with and without a photo, tag and author page.</summary>
    private static readonly string[] PageKinds = ["", "world/", ArticleWithPhoto, ArticleWithoutPhoto, "tags/storm-ilse/", "authors/niamh-farrell/"];

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    [InlineData(768)]
    [InlineData(1440)]
    [InlineData(1920)]
    public async Task No_page_kind_scrolls_sideways_at_this_width(int width)
    {
        // Given the sample on a static host and a browser this wide
        await using var server = await StaticFolderServer.StartAsync(site.Output);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(ChromiumLaunch.Options);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        var overflowing = new List<string>();

        // When each kind of page is opened
        foreach (var path in PageKinds)
        {
            await page.GotoAsync(new Uri(server.Address, path).AbsoluteUri);
            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (scrollWidth > width) overflowing.Add($"/{path} is {scrollWidth} px wide");
        }

        // Then none is wider than the screen
        Assert.True(overflowing.Count == 0, string.Join(Environment.NewLine, overflowing));
    }

    [Fact]
    public async Task The_home_page_shows_the_stories_pinned_in_front_yml_in_their_order()
    {
        // Given the slugs the sample's front.yml names: live, lead, then the secondary stories
        var pinned = PinnedSlugs(File.ReadAllLines(Path.Combine(RepositoryPaths.SampleInput, "front.yml")));
        await using var server = await StaticFolderServer.StartAsync(site.Output);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(ChromiumLaunch.Options);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });

        // When the home page is opened
        await page.GotoAsync(server.Address.AbsoluteUri);
        var shown = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.front-live .card__headline a, .top-stories__lead .card__headline a, .top-stories__secondary .card__headline a')].map(a => a.pathname)");

        // Then the live story, the lead and the pinned secondary stories come first, in front.yml's order
        Assert.Equal(pinned, shown.Take(pinned.Count).Select(path => path.TrimEnd('/').Split('/')[^1]));
    }

    [Theory]
    [InlineData(768)]
    [InlineData(1440)]
    public async Task No_card_grid_leaves_a_card_alone_on_a_row_or_a_column_empty(int width)
    {
        // Given the sample on a static host
        await using var server = await StaticFolderServer.StartAsync(site.Output);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(ChromiumLaunch.Options);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        var problems = new List<string>();

        // When every grid of each kind of page is measured, row by row
        foreach (var path in PageKinds)
        {
            await page.GotoAsync(new Uri(server.Address, path).AbsoluteUri);
            var rows = await page.EvaluateAsync<JsonElement>("""
                () => [...document.querySelectorAll('.grid')].map(grid => {
                    const box = grid.getBoundingClientRect();
                    const rows = new Map();
                    for (const card of grid.children) {
                        const r = card.getBoundingClientRect();
                        const top = Math.round(r.top);
                        rows.set(top, (rows.get(top) || []).concat([[r.left - box.left, box.right - r.right]]));
                    }
                    return { cards: grid.children.length, rows: [...rows.values()].map(cards => ({ count: cards.length, gapLeft: Math.min(...cards.map(c => c[0])), gapRight: Math.min(...cards.map(c => c[1])) })) };
                })
                """);
            foreach (var grid in rows.EnumerateArray())
            foreach (var row in grid.GetProperty("rows").EnumerateArray())
            {
                var count = row.GetProperty("count").GetInt32();
                if (count == 1 && grid.GetProperty("cards").GetInt32() > 1 && width >= 1024)
                    problems.Add($"/{path}: a card alone on a row of a grid of {grid.GetProperty("cards").GetInt32()}");
                if (row.GetProperty("gapLeft").GetDouble() > 2 || row.GetProperty("gapRight").GetDouble() > 2)
                    problems.Add($"/{path}: a row of {count} leaves an empty column");
            }
        }

        // Then every row is full from edge to edge, and on a wide screen holds two cards or more
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task On_a_phone_the_hero_photo_starts_above_the_fold()
    {
        // Given a 390 × 844 phone
        await using var server = await StaticFolderServer.StartAsync(site.Output);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(ChromiumLaunch.Options);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });

        // When the story with a photo and the home page are opened
        await page.GotoAsync(new Uri(server.Address, ArticleWithPhoto).AbsoluteUri);
        var heroTop = await page.EvaluateAsync<double>("() => document.querySelector('.hero img').getBoundingClientRect().top");
        await page.GotoAsync(server.Address.AbsoluteUri);
        var leadTop = await page.EvaluateAsync<double>("() => document.querySelector('.top-stories__lead img').getBoundingClientRect().top");

        // Then both pictures start well above the bottom of the screen
        Assert.True(heroTop < 844 - 100, $"the hero starts at {heroTop} px");
        Assert.True(leadTop < 844 - 100, $"the lead's picture starts at {leadTop} px");
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1440)]
    public async Task Fronts_articles_and_tag_pages_have_no_axe_violations(int width)
    {
        // Given the sample on a static host
        await using var server = await StaticFolderServer.StartAsync(site.Output);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(ChromiumLaunch.Options);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        var violations = new List<string>();

        // When axe-core (npm, injected as inline script: no request) checks each kind of page
        foreach (var path in PageKinds)
        {
            await page.GotoAsync(new Uri(server.Address, path).AbsoluteUri);
            await page.AddScriptTagAsync(new() { Path = Path.Combine(RepositoryPaths.Root, "node_modules", "axe-core", "axe.min.js") });
            var found = await page.EvaluateAsync<string[]>(
                "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))");
            violations.AddRange(found.Select(v => $"/{path}: {v}"));
        }

        // Then
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    /// <summary>The slugs of a front.yml in the order the page shows them: live, lead, secondary.</summary>
    private static List<string> PinnedSlugs(string[] lines)
    {
        string Value(string key) => lines.Where(l => l.StartsWith(key + ":", StringComparison.Ordinal)).Select(l => l[(key.Length + 1)..].Trim()).SingleOrDefault() ?? "";
        var secondary = lines.SkipWhile(l => !l.StartsWith("secondary:", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => l.StartsWith("  - ", StringComparison.Ordinal)).Select(l => l[4..].Trim());
        return new[] { Value("live"), Value("lead") }.Where(slug => slug.Length > 0).Concat(secondary).ToList();
    }
}
