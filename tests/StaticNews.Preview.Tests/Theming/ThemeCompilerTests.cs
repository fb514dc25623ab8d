using System.Text;
using StaticNews.Generator;
using StaticNews.Preview.Theming;
using StaticNews.TestSupport;

namespace StaticNews.Preview.Tests.Theming;

/// <summary>Compiles a copy of the real theme with <c>dotnet build</c>, as <c>serve</c> does when a .razor file changes.</summary>
public sealed class ThemeCompilerTests
{
    [Fact]
    public async Task An_edited_razor_page_is_compiled_loaded_and_rendered_and_a_broken_one_names_file_and_line()
    {
        // Given a copy of the theme project (and what it builds against)
        using var temp = new TempFolder();
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props" })
            File.Copy(Path.Combine(RepositoryPaths.Root, file), temp.Combine(file));
        CopySources(Path.Combine(RepositoryPaths.Root, "theme"), temp.Combine("theme"));
        CopySources(Path.Combine(RepositoryPaths.Root, "src", "StaticNews.Model"), temp.Combine("src", "StaticNews.Model"));
        var page = temp.Combine("theme", "Pages", "NotFoundPage.razor");
        var original = File.ReadAllText(page);
        using var compiler = new ThemeCompiler(temp.Combine("theme"), temp.Combine("scratch"));

        // When the not-found page gains a sentence
        File.WriteAllText(page, original + "\n<p>Compiled while serving.</p>\n");
        var (theme, errors) = await compiler.CompileAsync(CancellationToken.None);

        // Then pages rendered with the new assembly show it
        Assert.Empty(errors);
        var site = await new SiteGenerator(theme: theme).GenerateAsync(new BuildOptions { InputDirectory = RepositoryPaths.Fixture("valid", "newsroom", "input") });
        using (var reader = new StreamReader(site.Files.Single(f => f.Path == "404.html").Open(), Encoding.UTF8))
            Assert.Contains("Compiled while serving.", await reader.ReadToEndAsync());

        // When the page references something that does not exist
        File.WriteAllText(page, original + "\n<p>@Page.NoSuchMember</p>\n");
        var (broken, brokenErrors) = await compiler.CompileAsync(CancellationToken.None);

        // Then the compiler's error names the file and line
        Assert.Null(broken);
        Assert.Contains(brokenErrors, e => e.Path.EndsWith("NotFoundPage.razor", StringComparison.Ordinal) && e.Line > 0 && e.Message.Contains("NoSuchMember", StringComparison.Ordinal));
        Assert.False(Directory.Exists(temp.Combine("scratch", "theme-2")));
    }

    private static void CopySources(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj") continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }
    }
}
