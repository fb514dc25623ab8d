using System.CommandLine;
using StaticNews.Generator.Scaffolding;

namespace StaticNews.Cli;

/// <summary><c>staticnews new</c>: starts a draft article with complete front matter, never over an existing file.</summary>
public sealed class NewCommand : Command
{
    public readonly Argument<string> Section = new("section") { Description = "The section slug, as declared in site.yml (e.g. world)." };
    public readonly Argument<string> Headline = new("headline") { Description = "The headline, in quotes; the file name is made from it." };

    public readonly Option<string[]> Authors = new("--author", "-a")
    {
        Description = "An author slug from authors.yml; repeat for several authors.",
        AllowMultipleArgumentsPerToken = false,
    };

    public readonly Option<string?> Slug = new("--slug")
    {
        Description = "The file name and URL slug, instead of the one made from the headline.",
    };

    public readonly Option<DirectoryInfo> Input = new("--input", "-i")
    {
        Description = "The content folder holding site.yml, authors.yml and the articles.",
        DefaultValueFactory = _ => new DirectoryInfo("input"),
    };

    public NewCommand(CliEnvironment environment) : base("new", "Create a draft article in input/<section>/<slug>.md with complete front matter.")
    {
        Arguments.Add(Section);
        Arguments.Add(Headline);
        Options.Add(Authors);
        Options.Add(Slug);
        Options.Add(Input);
        SetAction(parseResult =>
        {
            var console = new CommandConsole(parseResult, environment, Verbosity.Normal);
            var request = new NewArticleRequest(
                parseResult.GetValue(Input)!.FullName,
                parseResult.GetValue(Section)!,
                parseResult.GetValue(Headline)!,
                parseResult.GetValue(Authors) ?? [],
                parseResult.GetValue(Slug));
            var result = new ArticleScaffolder(environment.Clock).Create(request);
            foreach (var error in result.Errors) console.WriteError(error);
            if (!result.Succeeded) return 1;
            console.Output.WriteLine($"Created {result.CreatedFile} (draft: true). Write the story, then set draft: false to publish it.");
            return 0;
        });
    }
}
