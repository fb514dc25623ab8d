using System.Text.Json;
using StaticNews.TestSupport;

namespace StaticNews.Cli.Tests;

public sealed class ImportCommandTests
{
    private static readonly string Export = RepositoryPaths.Fixture("import", "wordpress", "export.xml");
    private static readonly string Uploads = RepositoryPaths.Fixture("import", "wordpress", "uploads");

    [Fact]
    public async Task Json_report_lists_counts_every_warning_with_its_source_item_and_next_steps()
    {
        // Given
        using var temp = new TempFolder();
        var input = temp.Combine("input");

        // When
        var run = await CliRun.InvokeAsync("import", "wordpress", Export, "--uploads", Uploads, "--input", input, "--format", "json");

        // Then
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(6, root.GetProperty("counts").GetProperty("articles written").GetInt32());
        Assert.Contains(root.GetProperty("diagnostics").EnumerateArray(), d =>
            d.GetProperty("code").GetString() == "SN0709" && d.GetProperty("line").GetInt32() == 27
            && d.GetProperty("message").GetString()!.StartsWith("post 10 'harbour-reopens'", StringComparison.Ordinal));
        Assert.Contains(root.GetProperty("unrouted").EnumerateArray(), u => u.GetProperty("old").GetString() == "?p=10");
        Assert.NotEmpty(root.GetProperty("next_steps").EnumerateArray());
        Assert.True(File.Exists(Path.Combine(input, "harbour", "harbour-reopens.md")));
    }

    [Fact]
    public async Task A_hostile_export_exits_with_1_and_prints_the_error_with_its_place()
    {
        // Given
        using var temp = new TempFolder();
        var export = RepositoryPaths.Fixture("import-invalid", "billion-laughs", "export.xml");

        // When
        var run = await CliRun.InvokeAsync("import", "wordpress", export, "--input", temp.Combine("input"));

        // Then
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("export.xml(2,1): error SN0702:", run.Error);
        Assert.Contains("nothing was written", run.Output);
        Assert.False(Directory.Exists(temp.Combine("input")));
    }

    [Theory]
    [InlineData("--section", "news=Bad Section", "not a usable section slug")]
    [InlineData("--default-section", "images", "not a usable section slug")]
    [InlineData("--timezone", "Mars/Olympus", "not a known time zone")]
    public async Task Options_that_would_make_a_site_that_cannot_build_are_refused_before_importing(string option, string value, string message)
    {
        // Given
        using var temp = new TempFolder();

        // When
        var run = await CliRun.InvokeAsync("import", "wordpress", Export, "--input", temp.Combine("input"), option, value);

        // Then
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.False(Directory.Exists(temp.Combine("input")));
    }
}
