using System.CommandLine;

namespace StaticNews.Cli;

/// <summary>--quiet and --verbose, for the commands that run the generator (build, check).</summary>
public sealed class ReportOptions
{
    public readonly Option<bool> Quiet = new("--quiet", "-q")
    {
        Description = "Print only errors and warnings: no progress, no summary.",
    };

    public readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Print every stage with its count and time.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Quiet);
        command.Options.Add(Verbose);
        command.Validators.Add(result =>
        {
            if (result.GetValue(Quiet) && result.GetValue(Verbose))
                result.AddError("--quiet and --verbose contradict each other. Pass one of them.");
        });
    }

    public Verbosity Bind(ParseResult parseResult) =>
        parseResult.GetValue(Quiet) ? Verbosity.Quiet
        : parseResult.GetValue(Verbose) ? Verbosity.Verbose
        : Verbosity.Normal;
}
