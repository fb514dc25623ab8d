using System.Diagnostics;
using System.Reflection;
using StaticNews.TestSupport;

namespace StaticNews.Cli.Tests.Packaging;

/// <summary>The CLI as users get it: packed as a .NET tool, installed from the package, run on a site.</summary>
public sealed class DotnetToolTests
{
    private static readonly string Configuration =
        typeof(DotnetToolTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    [Fact]
    public async Task The_packed_tool_installs_from_the_local_package_and_builds_a_site_with_its_theme()
    {
        // Given the CLI packed (from the build the tests already ran) into a local package source
        using var temp = new TempFolder();
        var packages = temp.Combine("nupkgs");
        var project = Path.Combine(RepositoryPaths.Root, "src", "StaticNews.Cli", "StaticNews.Cli.csproj");
        await RunAsync("dotnet", temp.Path, "pack", project, "--no-build", "-c", Configuration, "-o", packages);
        var config = temp.Combine("nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);

        // When it is installed offline into a tool path and run there
        var tools = temp.Combine("tools");
        await RunAsync("dotnet", temp.Path, "tool", "install", "--tool-path", tools, "--configfile", config, "StaticNews");
        temp.CopyFrom(RepositoryPaths.Fixture("valid", "newsroom", "input"), "input");
        var output = await RunAsync(Path.Combine(tools, OperatingSystem.IsWindows() ? "staticnews.exe" : "staticnews"), temp.Path, "build", "-o", "site");

        // Then the site is there, with the theme's assets from inside the tool
        Assert.Contains("Built: 3 articles", output);
        Assert.True(File.Exists(temp.Combine("site", "index.html")));
        Assert.Equal(
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, "theme", "wwwroot", "css", "site.css")),
            File.ReadAllText(temp.Combine("site", "assets", "css", "site.css")));
    }

    /// <summary>Runs a program to the end; its own package cache keeps the run offline and away from the user's cache.</summary>
    private static async Task<string> RunAsync(string program, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NUGET_PACKAGES"] = Path.Combine(workingDirectory, "nuget-cache");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {process.ExitCode}:\n{await output}\n{await error}");
        return await output;
    }
}
