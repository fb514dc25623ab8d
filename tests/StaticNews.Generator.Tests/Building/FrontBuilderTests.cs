using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Rendering;
using StaticNews.Model.Pages;

namespace StaticNews.Generator.Tests.Building;

/// <summary>input/front.yml orders the top of the home page; what it cannot show is reported, an expired story only warned about.</summary>
public sealed class FrontBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Without_front_yml_the_newest_story_leads_and_the_next_stand_beside_it()
    {
        // Given the fixture newsroom, which has no front.yml
        using var scratch = new ScratchSite();

        // When its pages are planned
        var home = await HomeOf(scratch);

        // Then the newest story leads and the others follow by date
        Assert.Equal("harbour-reopens", home.Lead?.Slug);
        Assert.Equal(["storm-closes-harbour", "port-fees-rise"], home.Secondary.Select(a => a.Slug));
        Assert.Null(home.Live);
    }

    [Fact]
    public async Task Pinned_stories_take_their_places_in_order_and_the_rest_follow_by_date()
    {
        // Given a front.yml that leads with the oldest story and names a live one
        using var scratch = new ScratchSite();
        scratch.Write("front.yml", "lead: port-fees-rise\nlive: storm-closes-harbour\n");

        // When its pages are planned
        var home = await HomeOf(scratch);

        // Then
        Assert.Equal("port-fees-rise", home.Lead?.Slug);
        Assert.Equal("storm-closes-harbour", home.Live?.Slug);
        Assert.Equal(["harbour-reopens"], home.Secondary.Select(a => a.Slug));
    }

    [Fact]
    public async Task An_expired_lead_is_a_warning_at_its_line_and_the_newest_story_leads_instead()
    {
        // Given a front.yml whose lead has expired since the editor pinned it
        using var scratch = new ScratchSite();
        scratch.Write(Path.Combine("world", "ferry-timetable.md"), ScratchSite.Article("Winter sailings.", "expires: 2026-10-01T00:00:00Z\n"));
        scratch.Write("front.yml", "# the top of the home page\nlead: ferry-timetable\n");

        // When the site is built
        var result = await scratch.Site.BuildAsync(options => options with { Now = Now });
        var home = await HomeOf(scratch);

        // Then the build succeeds with a warning naming the fix, and the newest published story leads
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == Codes.FrontExpiredStory);
        Assert.Equal((2, false), (warning.Line, warning.IsError));
        Assert.Contains("Remove it from front.yml", warning.Message);
        Assert.Equal("harbour-reopens", home.Lead?.Slug);
    }

    [Fact]
    public async Task A_misspelt_key_is_a_warning_that_names_the_keys()
    {
        // Given a front.yml with "leed" for "lead"
        using var scratch = new ScratchSite();
        scratch.Write("front.yml", "leed: port-fees-rise\n");

        // When the site is built
        var result = await scratch.Site.BuildAsync(options => options with { Now = Now });

        // Then
        var warning = Assert.Single(result.Diagnostics, d => d.Code == Codes.FrontUnknownKey);
        Assert.Equal(1, warning.Line);
        Assert.Contains("lead, secondary, live", warning.Message);
    }

    private static async Task<HomePageModel> HomeOf(ScratchSite scratch)
    {
        var generated = await new SiteGenerator().GenerateAsync(new BuildOptions { InputDirectory = scratch.Input, OutputDirectory = scratch.Site.Output, Now = Now });
        Assert.NotNull(generated.Site);
        return PagePlanner.Plan(generated.Site).OfType<HomePageModel>().Single();
    }
}
