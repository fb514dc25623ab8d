using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using StaticNews.Generator.Diagnostics;
using StaticNews.Theme;

namespace StaticNews.Generator.Rendering;

/// <summary>
/// Compiles a newsroom's theme folder (Razor components named like the theme's: SiteFooter.razor, ArticleCard.razor)
/// with <c>dotnet build</c> against the theme StaticNews runs, and puts its components in place of the theme's of the
/// same name. Needs the .NET SDK, as <c>serve</c>'s theme compiler does.
/// </summary>
public static class ThemeOverrideCompiler
{
    private const string AssemblyName = "StaticNews.ThemeOverrides";

    /// <summary>The theme with the folder's components in place of its own, or the reasons it could not be made.</summary>
    public static async Task<(SiteTheme? Theme, IReadOnlyList<Diagnostic> Errors)> CompileAsync(
        string folder, SiteTheme theme, string scratchFolder, CancellationToken cancellationToken = default)
    {
        var razorFiles = Directory.EnumerateFiles(folder, "*.razor", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (razorFiles.Count == 0)
            return (null, [new Diagnostic(Severity.Error, Codes.ThemeDidNotCompile, folder, 0, 0, "the theme folder holds no .razor component. Add one named like the theme's (e.g. SiteFooter.razor), or leave the option out.")]);
        var project = Directory.CreateDirectory(Path.Combine(scratchFolder, "theme-overrides")).FullName;
        foreach (var file in razorFiles)
        {
            var target = Path.Combine(project, Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
        await File.WriteAllTextAsync(Path.Combine(project, AssemblyName + ".csproj"), ProjectFile(), cancellationToken);
        if (!File.Exists(Path.Combine(project, "_Imports.razor")))
            await File.WriteAllTextAsync(Path.Combine(project, "_Imports.razor"), Imports, cancellationToken);

        var output = Path.Combine(project, "bin-out");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = project,
        };
        foreach (var argument in new[] { "build", "--nologo", "-v:q", "-clp:NoSummary", "-o", output, "-p:TreatWarningsAsErrors=false" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var assemblyPath = Path.Combine(output, AssemblyName + ".dll");
        if (process.ExitCode != 0 || !File.Exists(assemblyPath))
        {
            var lines = (await stdout + "\n" + await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(line => line.Contains(": error ", StringComparison.Ordinal)).Distinct().Take(10).ToList();
            return (null, [new Diagnostic(Severity.Error, Codes.ThemeDidNotCompile, folder, 0, 0,
                $"the theme folder did not compile: {string.Join(" ", lines.Select(line => line.Replace(project, folder, StringComparison.Ordinal)))}")]);
        }

        var context = new OverridesLoadContext();
        using var image = new MemoryStream(await File.ReadAllBytesAsync(assemblyPath, cancellationToken));
        var (withOverrides, unmatched) = theme.WithOverridesFrom(context.LoadFromStream(image));
        if (unmatched.Count > 0)
            return (null, [new Diagnostic(Severity.Error, Codes.UnknownThemeOverride, folder, 0, 0,
                $"{string.Join(", ", unmatched.Select(name => name + ".razor"))} replaces no component of the theme. Name each file after the component it replaces: {string.Join(", ", BuiltInNames())}.")]);
        return (withOverrides, []);
    }

    /// <summary>The names a newsroom's component may take: every public component of the built-in theme.</summary>
    public static IReadOnlyList<string> BuiltInNames() =>
        typeof(ThemeAssets).Assembly.GetTypes()
            .Where(type => type is { IsPublic: true, IsAbstract: false } && typeof(Microsoft.AspNetCore.Components.IComponent).IsAssignableFrom(type))
            .Select(type => type.Name).Order(StringComparer.Ordinal).ToList();

    private static string ProjectFile() => $"""
        <Project Sdk="Microsoft.NET.Sdk.Razor">
          <PropertyGroup>
            <TargetFramework>net{Environment.Version.Major}.0</TargetFramework>
            <AssemblyName>{AssemblyName}</AssemblyName>
            <RootNamespace>{AssemblyName}</RootNamespace>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
          </PropertyGroup>
          <ItemGroup>
            <FrameworkReference Include="Microsoft.AspNetCore.App" />
            <Reference Include="StaticNews.Theme" HintPath="{typeof(ThemeAssets).Assembly.Location}" Private="false" />
            <Reference Include="StaticNews.Model" HintPath="{typeof(Model.SiteConfig).Assembly.Location}" Private="false" />
          </ItemGroup>
        </Project>
        """;

    /// <summary>What the theme's own _Imports.razor brings in, so a copied component compiles as it is.</summary>
    private const string Imports = """
        @using Microsoft.AspNetCore.Components
        @using Microsoft.AspNetCore.Components.Web
        @using StaticNews.Model
        @using StaticNews.Model.Pages
        @using StaticNews.Theme
        @using StaticNews.Theme.Components
        @using StaticNews.Theme.Layouts
        @using StaticNews.Theme.Meta
        """;

    /// <summary>Everything the newsroom's components reference resolves to the copies StaticNews already loaded.</summary>
    private sealed class OverridesLoadContext() : AssemblyLoadContext("StaticNews theme overrides", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName assemblyName) => null;
    }
}
