using System.CommandLine;
using StaticNews.Generator.Diagnostics;

namespace StaticNews.Cli;

/// <summary>
/// Where a command's words go: diagnostics (errors to the error writer), GitHub annotations under Actions, progress,
/// and a summary line; coloured only on a terminal without NO_COLOR.
/// </summary>
public sealed class CommandConsole
{
    private readonly CliEnvironment environment;
    private readonly Ansi outputColors;
    private readonly Ansi errorColors;

    public CommandConsole(ParseResult parseResult, CliEnvironment environment, Verbosity verbosity)
    {
        this.environment = environment;
        Output = parseResult.InvocationConfiguration.Output;
        Error = parseResult.InvocationConfiguration.Error;
        Verbosity = verbosity;
        outputColors = new Ansi(environment.ColorOutput);
        errorColors = new Ansi(environment.ColorError);
        Progress = new ProgressDisplay(Error, verbosity, environment.LiveProgress, environment.Clock);
    }

    public TextWriter Output { get; }
    public TextWriter Error { get; }
    public Verbosity Verbosity { get; }
    public ProgressDisplay Progress { get; }

    /// <summary>Prints each diagnostic in MSBuild form and, under GitHub Actions, as an annotation on standard output.</summary>
    public void WriteDiagnostics(IEnumerable<Diagnostic> diagnostics, bool annotate = true)
    {
        Progress.Clear();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.IsError) Error.WriteLine(errorColors.Red(diagnostic.ToString()));
            else Output.WriteLine(outputColors.Yellow(diagnostic.ToString()));
            if (annotate && environment.InGitHubActions) Output.WriteLine(GitHubAnnotation.Format(diagnostic));
        }
    }

    /// <summary>The closing line of a run, green or red; quiet runs leave it out.</summary>
    public void WriteSummary(string line, bool succeeded)
    {
        Progress.Clear();
        if (Verbosity == Verbosity.Quiet) return;
        Output.WriteLine(succeeded ? outputColors.Green(line) : outputColors.Red(line));
    }

    /// <summary>A line only verbose runs print.</summary>
    public void WriteDetail(string line)
    {
        if (Verbosity != Verbosity.Verbose) return;
        Progress.Clear();
        Error.WriteLine(line);
    }

    /// <summary>A problem with the command itself rather than the content, e.g. a file that already exists.</summary>
    public void WriteError(string message)
    {
        Progress.Clear();
        Error.WriteLine(errorColors.Red($"error: {message}"));
        if (environment.InGitHubActions) Output.WriteLine($"::error::{message.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A")}");
    }
}
