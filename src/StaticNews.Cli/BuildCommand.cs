using System.CommandLine;
using StaticNews.Generator;

namespace StaticNews.Cli;

/// <summary><c>staticnews build</c>: turns the input folder into a complete static site.</summary>
public sealed class BuildCommand : Command
{
    public readonly Option<DirectoryInfo> Input = new("--input", "-i")
    {
        Description = "The content folder holding site.yml, authors.yml and the articles.",
        DefaultValueFactory = _ => new DirectoryInfo("input"),
    };

    public readonly Option<DirectoryInfo> Output = new("--output", "-o")
    {
        Description = "Where the site is written. It is replaced whole, and only when the build succeeds.",
        DefaultValueFactory = _ => new DirectoryInfo("output"),
    };

    public readonly Option<Uri?> BaseUrl = new("--base-url")
    {
        Description = "The address the site is published at, overriding site.yml (e.g. https://example.github.io/news/).",
        CustomParser = result => ParseBaseUrl(result),
    };

    public readonly Option<bool> Drafts = new("--drafts")
    {
        Description = "Include articles marked draft: true.",
    };

    public BuildCommand() : base("build", "Build the site from the input folder into the output folder.")
    {
        Options.Add(Input);
        Options.Add(Output);
        Options.Add(BaseUrl);
        Options.Add(Drafts);
        SetAction(async (parseResult, cancellationToken) =>
        {
            var options = new BuildOptions
            {
                InputDirectory = parseResult.GetValue(Input)!.FullName,
                OutputDirectory = parseResult.GetValue(Output)!.FullName,
                BaseUrl = parseResult.GetValue(BaseUrl),
                IncludeDrafts = parseResult.GetValue(Drafts),
            };
            var result = await new SiteGenerator().BuildAsync(options, cancellationToken);
            BuildReport.Write(result, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            return result.Succeeded ? 0 : 1;
        });
    }

    private static Uri? ParseBaseUrl(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
        var uri = Generator.Building.SiteConfigBuilder.NormalizeBaseUrl(text);
        if (uri is null) result.AddError($"--base-url '{text}' is not an absolute http(s) address, e.g. https://example.org/news/.");
        return uri;
    }
}
