using System.Globalization;
using System.Text.RegularExpressions;
using StaticNews.TestSupport;

namespace StaticNews.Cli.Tests;

public sealed class RelatedCommandTests
{
    private static readonly string Newsroom = RepositoryPaths.Fixture("valid", "newsroom", "input");

    [Fact]
    public async Task Related_lists_both_blocks_of_an_article_without_drafts()
    {
        var run = await CliRun.InvokeAsync("related", "storm-closes-harbour", "--input", Newsroom, "--drafts");

        Assert.Equal(0, run.ExitCode);
        var latest = run.Output.IndexOf("Latest on this story:", StringComparison.Ordinal);
        var explore = run.Output.IndexOf("Explore:", StringComparison.Ordinal);
        Assert.True(latest >= 0 && explore > latest, run.Output);
        Assert.Contains("harbour-reopens (world, 2026-03-18): Harbour reopens after three-day storm", run.Output[explore..]);
        Assert.Contains("port-fees-rise", run.Output[explore..]);
        Assert.DoesNotContain("draft-budget-leak", run.Output);
    }

    [Fact]
    public async Task Explain_shows_each_signals_share_adding_up_to_the_whole()
    {
        var run = await CliRun.InvokeAsync("related", "storm-closes-harbour", "-i", Newsroom, "--explain");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("score latest   text  names   tags authors section recency", run.Output);
        var row = Regex.Match(run.Output, @"^\s+1\s+(?<score>\d\.\d{3})\s+(?<latest>\d\.\d{3})(?<shares>(\s+\d+%){5})\s+(?<recency>\d\.\d\d)\s+harbour-reopens", RegexOptions.Multiline);
        Assert.True(row.Success, run.Output);
        var shares = Regex.Matches(row.Groups["shares"].Value, @"\d+").Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.InRange(shares.Sum(), 98, 102);
        Assert.True(shares[2] > 0, "harbour-reopens shares the tag 'storms'");
    }

    [Fact]
    public async Task An_unknown_slug_fails_with_suggestions()
    {
        var run = await CliRun.InvokeAsync("related", "storm", "-i", Newsroom);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("No article has the slug 'storm'. Did you mean: world/storm-closes-harbour?", run.Error);
    }

    [Fact]
    public async Task An_article_can_be_named_by_its_section_and_slug_as_in_its_address()
    {
        // Given the section/slug form an editor copies from the address bar or the file path
        // When
        var run = await CliRun.InvokeAsync("related", "world/storm-closes-harbour", "-i", Newsroom);

        // Then
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("storm-closes-harbour (world, 2026-03-15)", run.Output);
    }

    [Fact]
    public async Task A_section_and_slug_that_do_not_match_fail_with_a_sentence_and_a_hint()
    {
        // When
        var run = await CliRun.InvokeAsync("related", "business/storm-closes-harbour", "-i", Newsroom);

        // Then
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("No article has the slug 'business/storm-closes-harbour'. Did you mean: world/storm-closes-harbour?", run.Error);
    }

    [Fact]
    public async Task A_site_with_errors_is_reported_instead_of_related_stories()
    {
        var run = await CliRun.InvokeAsync("related", "story", "-i", RepositoryPaths.Fixture("invalid", "unknown-section", "input"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SN0106", run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Help_describes_the_slug_and_explain()
    {
        var run = await CliRun.InvokeAsync("related", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("<slug>", run.Output);
        Assert.Contains("--explain", run.Output);
        Assert.Contains("--input", run.Output);
    }
}
