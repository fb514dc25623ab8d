namespace StaticNews.Cli.Tests;

/// <summary>The [suggest] directive that dotnet-suggest calls for tab completion.</summary>
public sealed class CompletionTests
{
    [Theory]
    [InlineData("staticnews ch", "check")]
    [InlineData("staticnews check --fo", "--format")]
    [InlineData("staticnews check --format ", "json")]
    [InlineData("staticnews new world \"Storm\" --au", "--author")]
    public async Task The_suggest_directive_completes_commands_and_options(string commandLine, string expected)
    {
        var run = await CliRun.InvokeAsync($"[suggest:{commandLine.Length}]", commandLine);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, run.Output.Split('\n', StringSplitOptions.TrimEntries));
    }
}
