using System.CommandLine;
using StaticNews.Generator;

namespace StaticNews.Cli;

/// <summary><c>staticnews build</c>: turns the input folder into a complete static site.</summary>
public sealed class BuildCommand : Command
{
    public readonly SiteOptions Site = new();

    public BuildCommand() : base("build", "Build the site from the input folder into the output folder.")
    {
        Site.AddTo(this);
        SetAction(async (parseResult, cancellationToken) =>
        {
            var result = await new SiteGenerator().BuildAsync(Site.Bind(parseResult), cancellationToken);
            BuildReport.Write(result, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            return result.Succeeded ? 0 : 1;
        });
    }
}
