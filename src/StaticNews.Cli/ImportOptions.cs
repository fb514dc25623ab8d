using System.CommandLine;

namespace StaticNews.Cli;

/// <summary>Options every <c>staticnews import</c> source takes: where to write, whether to replace, how to report.</summary>
public sealed class ImportOptions
{
    public readonly Option<DirectoryInfo> Input = new("--input", "-i")
    {
        Description = "The StaticNews content folder to write (site.yml, authors.yml, <section>/<slug>.md, images/).",
        DefaultValueFactory = _ => new DirectoryInfo("input"),
    };

    public readonly Option<bool> Force = new("--force")
    {
        Description = "Replace files that already exist; the report lists each one replaced.",
    };

    public readonly Option<CheckFormat> Format = new("--format")
    {
        Description = "text (for people) or json (counts, every warning with its source item, files, next steps).",
        DefaultValueFactory = _ => CheckFormat.Text,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Input);
        command.Options.Add(Force);
        command.Options.Add(Format);
    }
}
