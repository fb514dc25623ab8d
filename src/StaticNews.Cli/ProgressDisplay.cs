using System.Globalization;
using StaticNews.Generator;

namespace StaticNews.Cli;

/// <summary>
/// Shows how a run advances: on a terminal one line rewritten in place and wiped at the end; when redirected, one plain
/// line per finished stage (with its time when verbose); nothing when quiet. Safe to report from several threads.
/// </summary>
public sealed class ProgressDisplay(TextWriter writer, Verbosity verbosity, bool live, TimeProvider clock) : IProgress<GenerationProgress>
{
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);

    private readonly Lock gate = new();
    private long stageStarted = clock.GetTimestamp();
    private long lastDrawn;
    private GenerationStage? currentStage;
    private int liveWidth;

    public void Report(GenerationProgress value)
    {
        if (verbosity == Verbosity.Quiet) return;
        lock (gate)
        {
            var now = clock.GetTimestamp();
            if (value.Stage != currentStage)
            {
                currentStage = value.Stage;
                lastDrawn = 0;
            }
            if (live && !(value.IsFinished && verbosity == Verbosity.Verbose)) DrawLive(value, now);
            else if (value.IsFinished)
            {
                ClearLine();
                WriteFinished(value, now);
            }
            // A stage's time runs from the end of the one before, as some stages only report that they finished.
            if (value.IsFinished) stageStarted = now;
        }
    }

    /// <summary>Wipes the live line so what follows starts on a clean line.</summary>
    public void Clear()
    {
        lock (gate) ClearLine();
    }

    private void ClearLine()
    {
        if (liveWidth == 0) return;
        writer.Write('\r' + new string(' ', liveWidth) + '\r');
        writer.Flush();
        liveWidth = 0;
    }

    private void DrawLive(GenerationProgress value, long now)
    {
        var due = lastDrawn == 0 || value.IsFinished || clock.GetElapsedTime(lastDrawn, now) >= RedrawInterval;
        if (!due) return;
        lastDrawn = now;
        var text = value.Total is { } total
            ? string.Create(CultureInfo.InvariantCulture, $"{Describe(value.Stage)} {value.Completed}/{total} {Noun(value.Stage)} {Bar(value.Completed, total)}")
            : $"{Describe(value.Stage)}…";
        writer.Write('\r' + text.PadRight(liveWidth));
        writer.Flush();
        liveWidth = text.Length;
    }

    private void WriteFinished(GenerationProgress value, long now)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{value.Stage}: {value.Completed} {Noun(value.Stage)}");
        if (verbosity == Verbosity.Verbose)
            line += string.Create(CultureInfo.InvariantCulture, $" in {clock.GetElapsedTime(stageStarted, now).TotalSeconds:0.00} s");
        writer.WriteLine(line);
    }

    private static string Bar(int completed, int total)
    {
        const int width = 20;
        var filled = total == 0 ? width : completed * width / total;
        return "[" + new string('#', filled) + new string('.', width - filled) + "]";
    }

    private static string Describe(GenerationStage stage) => stage switch
    {
        GenerationStage.Load => "Loading",
        GenerationStage.Build => "Building",
        GenerationStage.Relate => "Relating",
        GenerationStage.Render => "Rendering",
        GenerationStage.Check => "Checking links in",
        _ => "Writing",
    };

    private static string Noun(GenerationStage stage) => stage switch
    {
        GenerationStage.Load => "files",
        GenerationStage.Build or GenerationStage.Relate => "articles",
        GenerationStage.Render or GenerationStage.Check => "pages",
        _ => "files",
    };
}
