using System.Text.RegularExpressions;
using StaticNews.Generator.Rendering;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Rendering;

/// <summary>A newsroom's theme folder with its own SiteFooter.razor, compiled and used in place of the theme's footer only.</summary>
public sealed class ThemeOverrideTests
{
    [Fact]
    public async Task A_theme_folder_overriding_the_footer_changes_only_the_footer()
    {
        // Given the fixture newsroom built with the theme as it is, and a theme folder holding only a footer
        using var scratch = new TempFolder();
        var (theme, errors) = await ThemeOverrideCompiler.CompileAsync(RepositoryPaths.Fixture("theme-overrides", "footer"), SiteTheme.CompiledIn, scratch.Combine("compile"));
        Assert.Empty(errors);
        using var plain = FixtureSite.Newsroom();
        await plain.BuildAsync();
        using var overridden = FixtureSite.Newsroom();

        // When the newsroom builds with its folder
        var result = await overridden.BuildAsync(workers: 1, theme: theme);

        // Then every page has the newsroom's footer, and is otherwise the same page
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        foreach (var page in new[] { "index.html", "world/storm-closes-harbour/index.html", "world/index.html", "404.html" })
        {
            var before = plain.ReadOutput(page);
            var after = overridden.ReadOutput(page);
            Assert.Contains("<p>Printed and published by Fixture Gazette, Harbour Street.</p>", after);
            Assert.DoesNotContain("RSS feed", after);
            Assert.Equal(WithoutFooter(before), WithoutFooter(after));
        }
    }

    [Fact]
    public async Task A_component_named_like_none_of_the_theme_is_an_error_listing_the_names()
    {
        // Given
        using var scratch = new TempFolder();
        var folder = Directory.CreateDirectory(scratch.Combine("theme")).FullName;
        File.WriteAllText(Path.Combine(folder, "SiteFoter.razor"), "<footer>Typo</footer>");

        // When
        var (theme, errors) = await ThemeOverrideCompiler.CompileAsync(folder, SiteTheme.CompiledIn, scratch.Combine("compile"));

        // Then
        Assert.Null(theme);
        var error = Assert.Single(errors);
        Assert.Equal("SN0175", error.Code);
        Assert.Contains("SiteFoter.razor replaces no component of the theme", error.Message);
        Assert.Contains("SiteFooter", error.Message);
    }

    private static string WithoutFooter(string html) => Regex.Replace(html, "<footer class=\"site-footer\">.*?</footer>", "", RegexOptions.Singleline);
}
