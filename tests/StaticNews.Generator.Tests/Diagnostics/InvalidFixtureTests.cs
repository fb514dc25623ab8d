using StaticNews.Generator.Tests;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Diagnostics;

/// <summary>
/// Each folder under tests/fixtures/invalid holds a site with one defect and, in expected.txt, the diagnostic it
/// must give: "CODE file line [column]" on the first line and words of the hint to fix it on the second.
/// </summary>
public sealed class InvalidFixtureTests
{
    public static TheoryData<string> Cases() =>
        new(Directory.EnumerateDirectories(RepositoryPaths.Fixture("invalid")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_defect_is_reported_with_its_code_file_and_line_and_nothing_is_written(string name)
    {
        // Given
        var folder = RepositoryPaths.Fixture("invalid", name);
        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt"));
        var place = expected[0].Split(' ');
        var (code, file, line, hint) = (place[0], place[1], int.Parse(place[2]), expected[1]);
        int? column = place.Length > 3 ? int.Parse(place[3]) : null;
        using var site = new FixtureSite(Path.Combine(folder, "input"));

        // When
        var result = await site.BuildAsync();

        // Then
        Assert.False(result.Succeeded);
        Assert.True(result.Diagnostics.Any(d =>
                d.IsError && d.Code == code && d.Path.Replace('\\', '/').EndsWith("input/" + file, StringComparison.Ordinal) && d.Line == line
                && (column is null || d.Column == column) && d.Message.Contains(hint, StringComparison.Ordinal)),
            FixtureSite.Describe(result.Diagnostics));
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain("   at ", d.Message));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Every_error_of_a_run_is_reported_at_once()
    {
        // Given a site with an unknown section in one article and an unknown author in another
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.Fixture("invalid", "unknown-section", "input"), "input");
        File.Copy(RepositoryPaths.Fixture("invalid", "unknown-author", "input", "world", "story.md"), Path.Combine(input, "world", "second.md"));
        using var site = new FixtureSite(input);

        // When
        var result = await site.BuildAsync();

        // Then
        Assert.Contains(result.Diagnostics, d => d.Code == "SN0106");
        Assert.Contains(result.Diagnostics, d => d.Code == "SN0107");
    }
}
