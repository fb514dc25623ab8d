using System.Globalization;
using StaticNews.TestSupport;

namespace StaticNews.Cli.Tests;

public sealed class PortableDeterminismTests
{
    [Fact]
    public async Task The_sample_site_is_byte_identical_whatever_the_machines_time_zone_and_language()
    {
        // Given two machines: UTC with the C locale, and Tokyo with Turkish casing rules (dotless i)
        Assert.Equal("ı", "I".ToLower(CultureInfo.GetCultureInfo("tr-TR")));
        using var temp = new TempFolder();
        var utc = new Dictionary<string, string> { ["TZ"] = "UTC", ["LANG"] = "C.UTF-8", ["LC_ALL"] = "C.UTF-8" };
        var tokyo = new Dictionary<string, string> { ["TZ"] = "Asia/Tokyo", ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8" };

        // When each builds the sample newsroom with the real executable
        var first = await CliProcess.RunAsync(utc, "build", "--input", RepositoryPaths.SampleInput, "--output", temp.Combine("utc"));
        var second = await CliProcess.RunAsync(tokyo, "build", "--input", RepositoryPaths.SampleInput, "--output", temp.Combine("tokyo"));

        // Then
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Equal(FolderSnapshot.Of(temp.Combine("utc")), FolderSnapshot.Of(temp.Combine("tokyo")));
    }
}
