using System.CommandLine;
using StaticNews.Cli;

var configuration = new InvocationConfiguration
{
    Output = Console.Out,
    Error = Console.Error,
    // On Ctrl+C or SIGTERM a command is cancelled and then given this long to finish (a build removes its staging
    // folder, serve closes its streams) before exit code 130/143 is forced; the library's 2 s is short on a busy machine.
    ProcessTerminationTimeout = TimeSpan.FromSeconds(10),
};
return await StaticNewsCommand.Create(CliEnvironment.FromProcess()).Parse(args).InvokeAsync(configuration);
