using System.CommandLine;
using System.Diagnostics;
using StaticNews.Generator;

namespace StaticNews.Cli;

/// <summary><c>staticnews check</c>: every validation of a build, links of the rendered pages included, without writing anything.</summary>
public sealed class CheckCommand : Command
{
    public readonly SiteOptions Site = new();
    public readonly ReportOptions Report = new();

    public readonly Option<string> Format = new("--format")
    {
        Description = "text for people, json for tools (one document on standard output).",
        DefaultValueFactory = _ => "text",
    };

    public CheckCommand(CliEnvironment environment)
        : base("check", "Check the content and the links of the rendered pages without writing the site. Exit code 1 on any error.")
    {
        Site.AddTo(this, withOutput: false);
        Report.AddTo(this);
        Format.AcceptOnlyFromAmong("text", "json");
        Options.Add(Format);
        SetAction(async (parseResult, cancellationToken) =>
        {
            var console = new CommandConsole(parseResult, environment, Report.Bind(parseResult));
            var options = Site.Bind(parseResult) with { CheckLinks = true };
            console.WriteDetail($"Checking {options.InputDirectory}");
            var clock = Stopwatch.StartNew();
            var site = await new SiteGenerator().GenerateAsync(options, cancellationToken, console.Progress);
            CheckReport.Write(site, clock.Elapsed, parseResult.GetValue(Format) == "json" ? CheckFormat.Json : CheckFormat.Text, console);
            return site.Succeeded ? 0 : 1;
        });
    }
}
