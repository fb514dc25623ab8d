using System.Text.Json;
using System.Text.RegularExpressions;

namespace StaticNews.Generator.Tests.LiveCoverage;

/// <summary>What a live article's page, its updates.json and its JSON-LD hold.</summary>
public sealed partial class LiveBlogPageTests
{
    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();

    [Fact]
    public async Task A_live_article_shows_its_updates_newest_first_each_with_its_anchor_time_and_share_link()
    {
        // Given
        using var scratch = new ScratchSite();
        LiveBlogSite.WriteInto(scratch);

        // When
        var result = await scratch.Site.BuildAsync(o => o with { Now = LiveBlogSite.Now });

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var html = scratch.Site.ReadOutput(LiveBlogSite.Page);
        var ids = Regex.Matches(html, "<article class=\"live-update\" id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["update-20260320-1105", "update-20260320-0940", "update-20260320-0815"], ids);
        Assert.Contains("<span class=\"live-status__dot\" aria-hidden=\"true\"></span>LIVE", html);
        Assert.Contains("Updated <time datetime=\"2026-03-20T11:05:00&#x2B;00:00\">11:05</time>", html);
        Assert.Contains("<li>The quay is closed to traffic.</li>", html);
        Assert.Contains("<h3 class=\"live-update__headline\">Ferries move to the north pier</h3>", html);
        Assert.Contains("By <a rel=\"author\" href=\"/news/authors/ben-okoro/\">", html);
        Assert.Contains("href=\"https://fixture.example.org/news/world/quay-live/#update-20260320-0940\">Link to this update</a>", html);
        Assert.Contains("<img src=\"/news/images/harbour.svg\" alt=\"The flooded quay road\"", html);
        Assert.Contains("class=\"factbox\"", html);
        Assert.Contains("assets/js/live.js", html);
        Assert.Contains("The quay flooded overnight.", html[..html.IndexOf("class=\"live-updates\"", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task Updates_json_beside_the_page_lists_each_update_newest_first_with_its_rendered_html()
    {
        // Given
        using var scratch = new ScratchSite();
        LiveBlogSite.WriteInto(scratch);

        // When
        var result = await scratch.Site.BuildAsync(o => o with { Now = LiveBlogSite.Now });

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        using var json = JsonDocument.Parse(scratch.Site.ReadOutput(LiveBlogSite.Updates));
        var root = json.RootElement;
        Assert.Equal("/news/world/quay-live/", root.GetProperty("url").GetString());
        Assert.False(root.GetProperty("ended").GetBoolean());
        Assert.Equal("2026-03-20T11:05:00+00:00", root.GetProperty("updated").GetString());
        var updates = root.GetProperty("updates").EnumerateArray().ToList();
        Assert.Equal(["update-20260320-1105", "update-20260320-0940", "update-20260320-0815"], updates.Select(u => u.GetProperty("id").GetString()));
        Assert.Equal("Quay closed to traffic", updates[2].GetProperty("headline").GetString());
        Assert.Equal("Ana Lima", updates[2].GetProperty("author").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, updates[1].GetProperty("headline").ValueKind);
        Assert.Equal("09:40", updates[1].GetProperty("timeText").GetString());
        Assert.Equal("<p>Police have closed the quay road.</p>\n", updates[2].GetProperty("html").GetString());
    }

    [Fact]
    public async Task The_json_ld_is_a_NewsArticle_and_a_LiveBlogPosting_with_coverage_times_and_a_BlogPosting_per_update()
    {
        // Given an ended live blog
        using var scratch = new ScratchSite();
        LiveBlogSite.WriteInto(scratch, "live_ended: 2026-03-20T11:30:00Z\n");

        // When
        var result = await scratch.Site.BuildAsync(o => o with { Now = LiveBlogSite.Now });

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var html = scratch.Site.ReadOutput(LiveBlogSite.Page);
        using var json = JsonDocument.Parse(JsonLd().Match(html).Groups[1].Value);
        var root = json.RootElement;
        Assert.Equal(["NewsArticle", "LiveBlogPosting"], root.GetProperty("@type").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Quay flood live", root.GetProperty("headline").GetString());
        Assert.Equal("2026-03-20T08:00:00+00:00", root.GetProperty("coverageStartTime").GetString());
        Assert.Equal("2026-03-20T11:30:00+00:00", root.GetProperty("coverageEndTime").GetString());
        Assert.Equal("2026-03-20T11:05:00+00:00", root.GetProperty("dateModified").GetString());
        var updates = root.GetProperty("liveBlogUpdate").EnumerateArray().ToList();
        Assert.Equal(3, updates.Count);
        Assert.All(updates, u =>
        {
            Assert.Equal("BlogPosting", u.GetProperty("@type").GetString());
            Assert.False(string.IsNullOrEmpty(u.GetProperty("headline").GetString()));
            Assert.StartsWith("2026-03-20T", u.GetProperty("datePublished").GetString());
            Assert.Equal("Person", u.GetProperty("author")[0].GetProperty("@type").GetString());
        });
        Assert.Equal("Ben Okoro", updates[0].GetProperty("author")[0].GetProperty("name").GetString());
        Assert.Equal("https://fixture.example.org/news/world/quay-live/#update-20260320-1105", updates[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task An_ended_live_blog_says_coverage_has_ended_and_loads_no_polling_script()
    {
        // Given
        using var scratch = new ScratchSite();
        LiveBlogSite.WriteInto(scratch, "live_ended: 2026-03-20T11:30:00Z\n");

        // When
        var result = await scratch.Site.BuildAsync(o => o with { Now = LiveBlogSite.Now });

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var html = scratch.Site.ReadOutput(LiveBlogSite.Page);
        Assert.Contains("Live coverage has ended", html);
        Assert.DoesNotContain("live.js", html);
        Assert.DoesNotContain("data-live-src", html);
        Assert.True(JsonDocument.Parse(scratch.Site.ReadOutput(LiveBlogSite.Updates)).RootElement.GetProperty("ended").GetBoolean());
    }

    [Fact]
    public async Task Home_and_section_front_cards_of_a_running_live_blog_show_the_LIVE_label_and_its_latest_update()
    {
        // Given
        using var scratch = new ScratchSite();
        LiveBlogSite.WriteInto(scratch);

        // When
        var result = await scratch.Site.BuildAsync(o => o with { Now = LiveBlogSite.Now });

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        foreach (var front in new[] { "index.html", "world/index.html" })
        {
            var html = scratch.Site.ReadOutput(front);
            Assert.Contains("live-status--on", html);
            Assert.Contains("<p class=\"card__live-latest\"><time datetime=\"2026-03-20T11:05:00&#x2B;00:00\">11:05</time> Ferries move to the north pier</p>", html);
        }
    }
}
