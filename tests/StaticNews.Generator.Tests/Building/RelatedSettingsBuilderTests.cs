using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Building;

public sealed class RelatedSettingsBuilderTests
{
    [Fact]
    public async Task Related_settings_in_site_yml_name_the_blocks_on_article_pages()
    {
        // Given
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.Fixture("valid", "newsroom", "input"), "input");
        File.AppendAllText(Path.Combine(input, "site.yml"), "related:\n  explore_heading: \"More to read\"\n  latest_heading: \"Follow-ups\"\n  half_life_days: 30\n  latest_min_similarity: 0.05\n");
        using var site = new FixtureSite(input);

        // When
        var result = await site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var page = site.ReadOutput("world/storm-closes-harbour/index.html");
        Assert.Contains(">Follow-ups</h2>", page);
        Assert.Contains(">More to read</h2>", page);
        Assert.True(page.IndexOf("Follow-ups", StringComparison.Ordinal) < page.IndexOf("More to read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_bad_related_setting_is_reported_at_once()
    {
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.Fixture("valid", "newsroom", "input"), "input");
        File.AppendAllText(Path.Combine(input, "site.yml"), "related:\n  latest_count: -1\n  common_share: 2\n  latest_half_life_days: 0\n  weights: {tags: -1}\n");
        using var site = new FixtureSite(input);

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "SN0202" && d.Message.Contains("related.latest_count"));
        Assert.Contains(result.Diagnostics, d => d.Code == "SN0202" && d.Message.Contains("related.common_share"));
        Assert.Contains(result.Diagnostics, d => d.Code == "SN0202" && d.Message.Contains("related.latest_half_life_days"));
        Assert.Contains(result.Diagnostics, d => d.Code == "SN0202" && d.Message.Contains("related.weights.tags"));
    }

    [Fact]
    public async Task A_story_both_pinned_and_excluded_is_left_out_with_a_warning()
    {
        // Given
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.Fixture("valid", "newsroom", "input"), "input");
        var path = Path.Combine(input, "world", "storm-closes-harbour.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("tags: [storms]", "tags: [storms]\nrelated: [port-fees-rise]\nrelated_exclude: [port-fees-rise]"));
        using var site = new FixtureSite(input);

        // When
        var result = await site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == "SN0306" && d.Path.EndsWith("storm-closes-harbour.md", StringComparison.Ordinal) && d.Line == 10);
        Assert.DoesNotContain("port-fees-rise/", site.ReadOutput("world/storm-closes-harbour/index.html").Split("class=\"related\"", 2)[1]);
    }
}
