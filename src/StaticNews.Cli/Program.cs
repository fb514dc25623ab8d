using System.CommandLine;
using StaticNews.Cli;

var configuration = new InvocationConfiguration { Output = Console.Out, Error = Console.Error };
return await StaticNewsCommand.Create(CliEnvironment.FromProcess()).Parse(args).InvokeAsync(configuration);
