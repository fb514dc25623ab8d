using System.CommandLine;
using StaticNews.Import;

namespace StaticNews.Cli;

/// <summary><c>staticnews import hugo|jekyll &lt;site dir&gt;</c>: a static site generator's folder of Markdown posts.</summary>
public sealed class ImportSiteCommand : Command
{
    public readonly ImportOptions Import = new();

    public readonly Argument<DirectoryInfo> Site;

    public ImportSiteCommand(CliEnvironment environment, string name, string what, Func<ImportRequest, ImportReport> importer)
        : base(name, $"Import {what}: front matter, aliases, shortcodes with a StaticNews equivalent.")
    {
        Site = new Argument<DirectoryInfo>("site") { Description = $"The folder of {what}." };
        Arguments.Add(Site);
        Import.AddTo(this);
        SetAction(parseResult =>
        {
            var request = new ImportRequest
            {
                Source = parseResult.GetValue(Site)!.ToString(),
                InputDirectory = parseResult.GetValue(Import.Input)!.ToString(),
                Force = parseResult.GetValue(Import.Force),
            };
            return ImportCommand.Finish(parseResult, environment, Import, importer(request));
        });
    }
}
