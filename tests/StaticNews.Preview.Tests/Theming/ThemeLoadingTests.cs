using System.Text;
using StaticNews.Generator;
using StaticNews.Generator.Rendering;
using StaticNews.Preview.Theming;
using StaticNews.Theme.Pages;
using StaticNews.TestSupport;

namespace StaticNews.Preview.Tests.Theming;

public sealed class ThemeLoadingTests
{
    private static readonly BuildOptions Fixture = new() { InputDirectory = RepositoryPaths.Fixture("valid", "newsroom", "input") };

    [Fact]
    public async Task A_theme_assembly_loaded_in_its_own_context_renders_the_same_pages_as_the_compiled_in_one()
    {
        // Given the theme assembly loaded a second time, apart from the one StaticNews references
        var context = new ThemeLoadContext();
        var assembly = context.LoadTheme(typeof(ArticlePage).Assembly.Location);
        var theme = SiteTheme.CompiledIn.WithComponentsFrom(assembly);

        // When both render the fixture
        var loaded = await new SiteGenerator(theme: theme).GenerateAsync(Fixture);
        var compiledIn = await new SiteGenerator().GenerateAsync(Fixture);

        // Then the loaded components were used, and gave the same HTML
        Assert.NotSame(typeof(ArticlePage).Assembly, assembly);
        Assert.All(PagePlanner.Plan(compiledIn.Site!), page => Assert.Same(assembly, theme.ComponentFor(page).Assembly));
        Assert.Equal(Contents(compiledIn), Contents(loaded));
        context.Unload();
    }

    [Fact]
    public async Task Theme_assets_can_come_from_a_folder_on_disk()
    {
        // Given a copy of the theme's wwwroot with an edited style sheet
        using var temp = new TempFolder();
        var wwwroot = temp.CopyFrom(Path.Combine(RepositoryPaths.Root, "theme", "wwwroot"), "wwwroot");
        File.WriteAllText(Path.Combine(wwwroot, "css", "site.css"), "body { color: rebeccapurple; }");

        // When
        var generated = await new SiteGenerator(theme: SiteTheme.CompiledIn.WithAssetsFrom(wwwroot)).GenerateAsync(Fixture);

        // Then
        Assert.True(generated.Succeeded, string.Join('\n', generated.Diagnostics));
        Assert.Equal("body { color: rebeccapurple; }", Contents(generated)["assets/css/site.css"]);
    }

    private static SortedDictionary<string, string> Contents(GeneratedSite site) => new(
        site.Files.ToDictionary(file => file.Path, file =>
        {
            using var reader = new StreamReader(file.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        }),
        StringComparer.Ordinal);
}
