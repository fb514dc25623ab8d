using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Diagnostics;

/// <summary>
/// Each folder under tests/fixtures/warning holds a site with one doubtful thing that is still published: the build
/// succeeds, and expected.txt gives the warning as InvalidFixtureTests' errors ("CODE file line", then words of the hint).
/// </summary>
public sealed class WarningFixtureTests
{
    public static TheoryData<string> Cases() =>
        new(Directory.EnumerateDirectories(RepositoryPaths.Fixture("warning")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_doubtful_input_is_published_with_a_warning_at_its_file_and_line(string name)
    {
        // Given
        var folder = RepositoryPaths.Fixture("warning", name);
        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt"));
        var place = expected[0].Split(' ');
        var (code, file, line, hint) = (place[0], place[1], int.Parse(place[2]), expected[1]);
        using var site = new FixtureSite(Path.Combine(folder, "input"));

        // When
        var result = await site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        Assert.True(result.Diagnostics.Any(d =>
                !d.IsError && d.Code == code && d.Path.Replace('\\', '/').EndsWith("input/" + file, StringComparison.Ordinal) && d.Line == line
                && d.Message.Contains(hint, StringComparison.Ordinal)),
            FixtureSite.Describe(result.Diagnostics));
        Assert.True(Directory.Exists(site.Output));
    }
}
