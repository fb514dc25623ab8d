using System.CommandLine;
using StaticNews.Generator;

namespace StaticNews.Cli;

/// <summary><c>staticnews build</c>: turns the input folder into a complete static site.</summary>
public sealed class BuildCommand : Command
{
    public readonly SiteOptions Site = new();
    public readonly ReportOptions Report = new();

    public readonly Option<bool> NoCache = new("--no-cache")
    {
        Description = "Parse every article and render every page again instead of reusing what the previous build cached.",
    };

    public BuildCommand(CliEnvironment environment) : base("build", "Build the site from the input folder into the output folder.")
    {
        Site.AddTo(this);
        Report.AddTo(this);
        Options.Add(NoCache);
        SetAction(async (parseResult, cancellationToken) =>
        {
            var console = new CommandConsole(parseResult, environment, Report.Bind(parseResult));
            var options = Site.Bind(parseResult) with { UseCache = !parseResult.GetValue(NoCache) };
            console.WriteDetail($"Building {options.InputDirectory} into {options.OutputDirectory}");
            var result = await new SiteGenerator().BuildAsync(options, cancellationToken, console.Progress);
            BuildReport.Write(result, console);
            return result.Succeeded ? 0 : 1;
        });
    }
}
