using System.Text.Json;
using StaticNews.Generator.Writing;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Building;

/// <summary>The scheduled fixture at 10 May 2026: one story scheduled, one draft, one expired, two published (one expiring in June).</summary>
public sealed class PublicationTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 10, 12, 0, 0, TimeSpan.Zero);

    private static FixtureSite Scheduled() => new(RepositoryPaths.Fixture("valid", "scheduled", "input"));

    public static TheoryData<string> HiddenMarks() => new()
    {
        "Zephyrine festival line-up announced", "zephyrine-festival-scheduled", "zephyrine-old-address", "zephyrine-music", "Embargoed", "zephyrine-poster",
        "Quillmoor merger talks collapse", "quillmoor-merger-draft", "quillmoor-deal",
        "Brackenridge road closure notice", "brackenridge-notice-expired", "brackenridge-roads",
    };

    [Theory]
    [MemberData(nameof(HiddenMarks))]
    public async Task Scheduled_draft_and_expired_articles_leave_no_trace_in_any_output_file(string mark)
    {
        // Given
        using var site = Scheduled();

        // When
        var result = await site.BuildAsync(o => o with { Now = Now });

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        Assert.Equal(2, result.ArticleCount);
        var files = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.EndsWith("feed.xml", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => Path.GetRelativePath(site.Output, f).Contains(mark, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(files, f => File.ReadAllText(f).Contains(mark, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Future_shows_the_scheduled_article_but_never_the_expired_one()
    {
        using var site = Scheduled();

        var result = await site.BuildAsync(o => o with { Now = Now, IncludeFuture = true });

        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        Assert.True(site.OutputExists("world/zephyrine-festival-scheduled/index.html"));
        Assert.True(site.OutputExists("world/zephyrine-old-address/index.html"));
        Assert.True(site.OutputExists("images/zephyrine-poster.svg"));
        Assert.False(site.OutputExists("world/brackenridge-notice-expired/index.html"));
        Assert.False(site.OutputExists("world/quillmoor-merger-draft/index.html"));
    }

    [Fact]
    public async Task An_article_appears_once_the_build_clock_reaches_its_date_and_goes_once_it_expires()
    {
        using var before = Scheduled();
        using var after = Scheduled();
        using var expired = Scheduled();

        await before.BuildAsync(o => o with { Now = new DateTimeOffset(2026, 5, 20, 5, 59, 59, TimeSpan.Zero) });
        await after.BuildAsync(o => o with { Now = new DateTimeOffset(2026, 5, 20, 6, 0, 0, TimeSpan.Zero) });
        await expired.BuildAsync(o => o with { Now = new DateTimeOffset(2026, 6, 30, 23, 0, 0, TimeSpan.Zero) });

        Assert.False(before.OutputExists("world/zephyrine-festival-scheduled/index.html"));
        Assert.True(after.OutputExists("world/zephyrine-festival-scheduled/index.html"));
        Assert.Contains("Summer ferry timetable published", after.ReadOutput("index.html"));
        Assert.DoesNotContain("Summer ferry timetable published", expired.ReadOutput("index.html"));
    }

    [Fact]
    public async Task The_next_scheduled_publish_or_expiry_is_reported_and_written_beside_the_output()
    {
        // Given the festival story publishes on 20 May, before the timetable expires on 30 June
        using var site = Scheduled();

        // When
        var first = await site.BuildAsync(o => o with { Now = Now });
        var later = await site.BuildAsync(o => o with { Now = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero) });
        var json = JsonDocument.Parse(File.ReadAllText(NextChangeFile.PathFor(site.Output))).RootElement;

        // Then
        Assert.Equal(new DateTimeOffset(2026, 5, 20, 6, 0, 0, TimeSpan.Zero), first.NextChange?.At);
        Assert.Equal("publish", first.NextChange?.Kind);
        Assert.Equal(new DateTimeOffset(2026, 6, 30, 23, 0, 0, TimeSpan.Zero), later.NextChange?.At);
        Assert.Equal("2026-06-30T23:00:00Z", json.GetProperty("next").GetString());
        Assert.Equal("expire", json.GetProperty("kind").GetString());
        Assert.Equal("world/ferry-timetable.md", json.GetProperty("article").GetString());
        Assert.False(File.Exists(Path.Combine(site.Output, ".staticnews", "next-change.json")));
    }
}
