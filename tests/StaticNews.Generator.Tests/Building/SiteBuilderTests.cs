using StaticNews.Generator.Tests;

namespace StaticNews.Generator.Tests.Building;

public sealed class SiteBuilderTests
{
    [Fact]
    public async Task Read_time_is_computed_from_the_body_when_the_front_matter_leaves_it_out()
    {
        // Given storm-closes-harbour.md has no read_time and a short body
        using var site = FixtureSite.Newsroom();

        // When
        var result = await site.BuildAsync();

        // Then its page shows the minimum of one minute, while harbour-reopens keeps its 3
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        Assert.Contains("1 MIN READ", site.ReadOutput("world/storm-closes-harbour/index.html"));
        Assert.Contains("3 MIN READ", site.ReadOutput("world/harbour-reopens/index.html"));
    }

    [Fact]
    public async Task An_unknown_front_matter_key_is_a_warning_at_its_line_and_does_not_stop_the_build()
    {
        using var site = FixtureSite.Newsroom();

        var result = await site.BuildAsync();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SN0110");
        Assert.False(warning.IsError);
        Assert.EndsWith("world/harbour-reopens.md", warning.Path);
        Assert.Equal(17, warning.Line);
        Assert.Contains("desk_note", warning.Message);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Drafts_are_left_out_unless_asked_for()
    {
        using var published = FixtureSite.Newsroom();
        using var withDrafts = FixtureSite.Newsroom();

        await published.BuildAsync();
        await withDrafts.BuildAsync(o => o with { IncludeDrafts = true });

        Assert.False(published.OutputExists("business/draft-budget-leak/index.html"));
        Assert.DoesNotContain("draft-budget-leak", published.ReadOutput("business/index.html"));
        Assert.True(withDrafts.OutputExists("business/draft-budget-leak/index.html"));
    }
}
