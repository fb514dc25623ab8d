using System.CommandLine;
using StaticNews.Import;
using StaticNews.Import.MarkdownSites;
using StaticNews.Import.WordPress;

namespace StaticNews.Cli;

/// <summary><c>staticnews import wordpress|hugo|jekyll</c>: brings an existing archive into a StaticNews input folder.</summary>
public sealed class ImportCommand : Command
{
    public ImportCommand(CliEnvironment environment) : base("import", "Import an archive from WordPress, Hugo or Jekyll into a StaticNews input folder.")
    {
        Subcommands.Add(new ImportWordPressCommand(environment));
        Subcommands.Add(new ImportSiteCommand(environment, "hugo", "a Hugo site folder (with content/)", request => new HugoImporter().Import(request)));
        Subcommands.Add(new ImportSiteCommand(environment, "jekyll", "a Jekyll site folder (with _posts/)", request => new JekyllImporter().Import(request)));
    }

    /// <summary>Prints the report in the chosen format; exit code 1 when the import had errors.</summary>
    public static int Finish(ParseResult parseResult, CliEnvironment environment, ImportOptions options, ImportReport report)
    {
        var console = new CommandConsole(parseResult, environment, Verbosity.Normal);
        if (parseResult.GetValue(options.Format) == CheckFormat.Json) console.Output.WriteLine(ImportReportJson.Write(report));
        else
        {
            console.WriteDiagnostics(report.Diagnostics);
            ImportReportText.Write(report, console.Output);
        }
        return report.Succeeded ? 0 : 1;
    }
}
