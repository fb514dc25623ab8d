using System.Net;
using System.Net.Sockets;
using StaticNews.TestSupport;

namespace StaticNews.Cli.Tests;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Help_lists_the_serve_options_without_an_output_folder()
    {
        var run = await CliRun.InvokeAsync("serve", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--input", "--drafts", "--base-url", "--port", "--host", "--theme" })
            Assert.Contains(option, run.Output);
        Assert.DoesNotContain("--output", run.Output);
    }

    [Fact]
    public async Task A_port_in_use_gives_a_clear_message_and_its_own_exit_code()
    {
        // Given another program holds the port
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // When
        var run = await CliRun.InvokeAsync("serve", "--input", RepositoryPaths.Fixture("valid", "newsroom", "input"), "--port", port);

        // Then
        Assert.Equal(ServeCommand.AddressInUseExitCode, run.ExitCode);
        Assert.Contains($"Port {port} on 127.0.0.1 is already in use", run.Error);
    }

    [Theory]
    [InlineData("--host", "example.org")]
    [InlineData("--port", "70000")]
    public async Task An_invalid_address_is_refused_before_anything_starts(string option, string value)
    {
        var run = await CliRun.InvokeAsync("serve", option, value);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(option, run.Error);
    }
}
