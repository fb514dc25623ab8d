using System.CommandLine;

namespace StaticNews.Cli;

/// <summary>The <c>staticnews</c> root command and its subcommands.</summary>
public static class StaticNewsCommand
{
    public static RootCommand Create(CliEnvironment? environment = null)
    {
        environment ??= CliEnvironment.Plain;
        return new("StaticNews: a static site generator for news sites.")
        {
            new BuildCommand(environment),
            new CheckCommand(environment),
            new NewCommand(environment),
            new ServeCommand(),
            new RelatedCommand(),
            new ImportCommand(environment),
        };
    }
}
