using Microsoft.Extensions.Time.Testing;
using StaticNews.TestSupport;

namespace StaticNews.Cli.Tests;

public sealed class NewCommandTests
{
    // 23:30 UTC on 1 July is already 2 July, 00:30 in the fixture site's Europe/London (BST, +01:00).
    private static readonly CliEnvironment AtMidnightInLondon = CliEnvironment.Plain with
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 7, 1, 23, 30, 15, TimeSpan.Zero)),
    };

    private static string NewsroomCopy(TempFolder temp) => temp.CopyFrom(RepositoryPaths.Fixture("valid", "newsroom", "input"), "input");

    [Fact]
    public async Task New_writes_a_draft_with_complete_front_matter_dated_now_in_the_sites_time_zone()
    {
        using var temp = new TempFolder();
        var input = NewsroomCopy(temp);

        var run = await CliRun.InvokeAsync(AtMidnightInLondon, "new", "world", "Ferry links restored to the islands", "--author", "ana-lima", "--author", "ben-okoro", "--input", input);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ferry-links-restored-to-the-islands.md", run.Output);
        var text = File.ReadAllText(Path.Combine(input, "world", "ferry-links-restored-to-the-islands.md"));
        Assert.Equal("""
            ---
            title: "Ferry links restored to the islands"
            date: 2026-07-02T00:30:00+01:00
            section: world
            summary:
            source:
            authors: [ana-lima, ben-okoro]
            tags: []
            draft: true
            ---

            Write the story here, in Markdown.

            """.ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public async Task A_new_article_builds_as_a_draft_without_errors_or_warnings_even_with_quotes_in_the_headline()
    {
        // Given
        using var temp = new TempFolder();
        var input = NewsroomCopy(temp);
        await CliRun.InvokeAsync(AtMidnightInLondon, "new", "business", "Dockers say \"no\": strike vote C:\\ports", "-a", "ana-lima", "-i", input);

        // When
        var run = await CliRun.InvokeAsync("build", "--drafts", "-i", input, "-o", temp.Combine("out"));

        // Then
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("dockers-say-no", run.Output);
        var page = File.ReadAllText(temp.Combine("out", "business", "dockers-say-no-strike-vote-cports", "index.html"));
        Assert.Contains("<h1 class=\"story__headline\">Dockers say “no”: strike vote C:\\ports</h1>", page);
    }

    [Fact]
    public async Task New_refuses_to_overwrite_an_existing_article_and_exits_one()
    {
        using var temp = new TempFolder();
        var input = NewsroomCopy(temp);
        var existing = Path.Combine(input, "world", "harbour-reopens.md");
        var before = File.ReadAllText(existing);

        var run = await CliRun.InvokeAsync("new", "world", "Harbour reopens", "-i", input);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("harbour-reopens.md already exists and was left as it is", run.Error);
        Assert.Equal(before, File.ReadAllText(existing));
    }

    [Fact]
    public async Task A_slug_another_section_already_uses_is_refused()
    {
        using var temp = new TempFolder();
        var input = NewsroomCopy(temp);

        var run = await CliRun.InvokeAsync("new", "business", "Harbour reopens", "-i", input);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the slug 'harbour-reopens' is already used by", run.Error);
        Assert.False(File.Exists(Path.Combine(input, "business", "harbour-reopens.md")));
    }

    [Fact]
    public async Task An_unknown_section_and_author_are_refused_naming_the_valid_ones()
    {
        using var temp = new TempFolder();
        var input = NewsroomCopy(temp);

        var run = await CliRun.InvokeAsync("new", "weather", "Fog over the bay", "--author", "jdoe", "-i", input);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("section 'weather' is not declared", run.Error);
        Assert.Contains("Use one of: world, business", run.Error);
        Assert.Contains("author 'jdoe' is not in", run.Error);
        Assert.Contains("ana-lima, ben-okoro", run.Error);
        Assert.Empty(Directory.EnumerateFiles(input, "fog-*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_headline_without_latin_letters_needs_a_slug_option()
    {
        using var temp = new TempFolder();
        var input = NewsroomCopy(temp);

        var refused = await CliRun.InvokeAsync("new", "world", "Шторм", "-i", input);
        var created = await CliRun.InvokeAsync("new", "world", "Шторм", "--slug", "storm-ru", "-i", input);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("Pass --slug", refused.Error);
        Assert.Equal(0, created.ExitCode);
        Assert.Contains("title: \"Шторм\"", File.ReadAllText(Path.Combine(input, "world", "storm-ru.md")));
    }

    [Fact]
    public async Task A_missing_site_file_is_reported()
    {
        using var temp = new TempFolder();

        var run = await CliRun.InvokeAsync("new", "world", "Anything", "-i", temp.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("site.yml: error SN0201", run.Error);
    }
}
