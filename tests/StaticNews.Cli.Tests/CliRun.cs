using System.CommandLine;

namespace StaticNews.Cli.Tests;

/// <summary>Runs the staticnews command in-process and captures what it prints.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static Task<CliRun> InvokeAsync(params string[] args) => InvokeAsync(CliEnvironment.Plain, args);

    /// <summary>Runs with a chosen clock, environment variables and terminal detection.</summary>
    public static async Task<CliRun> InvokeAsync(CliEnvironment environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await StaticNewsCommand.Create(environment).Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
