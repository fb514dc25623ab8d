using StaticNews.TestSupport;

namespace StaticNews.Preview.Tests;

public sealed class RebuildFailureTests
{
    [Fact]
    public void A_file_that_cannot_be_read_is_an_error_naming_it_inside_the_input()
    {
        // Given
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        var missing = new FileNotFoundException("Could not find file.", Path.Combine(input, "world", "gone.md"));

        // When
        var problem = Assert.Single(RebuildFailure.From(missing, input));

        // Then
        Assert.Equal("SN0603", problem.Code);
        Assert.EndsWith("input/world/gone.md", problem.Path);
        Assert.Contains("save again", problem.Message);
    }

    [Fact]
    public void Every_exception_of_parallel_work_is_an_error_of_its_own()
    {
        // Given two stages failing at once
        using var temp = new TempFolder();
        var failures = new AggregateException(new InvalidOperationException("first"), new AggregateException(new ArgumentException("second")));

        // When
        var problems = RebuildFailure.From(failures, temp.Path);

        // Then each is named, as a bug to report
        Assert.Equal(2, problems.Count);
        Assert.All(problems, problem => Assert.Equal("SN0602", problem.Code));
        Assert.Contains(problems, problem => problem.Message.Contains("InvalidOperationException: first", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Message.Contains("ArgumentException: second", StringComparison.Ordinal));
        Assert.All(problems, problem => Assert.Contains("report it as a StaticNews bug", problem.Message));
    }
}
