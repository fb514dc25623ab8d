using Microsoft.Extensions.Time.Testing;
using StaticNews.Generator;

namespace StaticNews.Cli.Tests;

public sealed class ProgressDisplayTests
{
    [Fact]
    public void The_live_line_is_redrawn_at_most_ten_times_a_second_and_always_at_the_end()
    {
        // Given a terminal and a clock that stands still
        var clock = new FakeTimeProvider();
        var writer = new StringWriter();
        var display = new ProgressDisplay(writer, Verbosity.Normal, live: true, clock);

        // When a thousand pages render within the same instant, then one more after 100 ms
        for (var page = 0; page < 1000; page++) display.Report(new GenerationProgress(GenerationStage.Render, page, 1001));
        clock.Advance(TimeSpan.FromMilliseconds(100));
        display.Report(new GenerationProgress(GenerationStage.Render, 1000, 1001));
        display.Report(new GenerationProgress(GenerationStage.Render, 1001, 1001));

        // Then the first, the one after the interval and the last are drawn
        var draws = writer.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries).Select(d => d.TrimEnd()).ToList();
        Assert.Equal(
            ["Rendering 0/1001 pages [....................]", "Rendering 1000/1001 pages [###################.]", "Rendering 1001/1001 pages [####################]"],
            draws);
    }

    [Fact]
    public void Redirected_output_gets_a_line_per_finished_stage_and_verbose_adds_its_time()
    {
        var clock = new FakeTimeProvider();
        var normal = new StringWriter();
        var verbose = new StringWriter();
        var displays = new[] { new ProgressDisplay(normal, Verbosity.Normal, live: false, clock), new ProgressDisplay(verbose, Verbosity.Verbose, live: false, clock) };

        foreach (var display in displays) display.Report(new GenerationProgress(GenerationStage.Load, 0, null));
        clock.Advance(TimeSpan.FromMilliseconds(1250));
        foreach (var display in displays) display.Report(new GenerationProgress(GenerationStage.Load, 12, 12));

        Assert.Equal("Load: 12 files" + Environment.NewLine, normal.ToString());
        Assert.Equal("Load: 12 files in 1.25 s" + Environment.NewLine, verbose.ToString());
    }
}
