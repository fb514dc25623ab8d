using System.CommandLine;
using StaticNews.Cli;

var configuration = new InvocationConfiguration { Output = Console.Out, Error = Console.Error };
return await StaticNewsCommand.Create().Parse(args).InvokeAsync(configuration);
