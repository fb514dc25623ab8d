using System.CommandLine;

namespace StaticNews.Cli;

/// <summary>The <c>staticnews</c> root command and its subcommands.</summary>
public static class StaticNewsCommand
{
    public static RootCommand Create() => new("StaticNews: a static site generator for news sites.")
    {
        new BuildCommand(),
        new RelatedCommand(),
    };
}
