using StaticNews.Preview.Theming;

namespace StaticNews.Preview.Tests.Theming;

public sealed class MsBuildDiagnosticsTests
{
    [Fact]
    public void Compiler_errors_become_diagnostics_with_file_line_and_message()
    {
        var output = """
            /repo/theme/Pages/ArticlePage.razor(12,5): error RZ9980: Unclosed tag 'p' with no matching end tag. [/repo/theme/StaticNews.Theme.csproj]
            /repo/theme/Pages/ArticlePage.razor(12,5): error RZ9980: Unclosed tag 'p' with no matching end tag. [/repo/theme/StaticNews.Theme.csproj]
            /repo/theme/Display.cs(3,17,3,20): error CS0103: The name 'Foo' does not exist in the current context [/repo/theme/StaticNews.Theme.csproj]
            /repo/theme/Display.cs(9,1): warning CS8618: Non-nullable property [/repo/theme/StaticNews.Theme.csproj]
            Build FAILED.
            """;

        var errors = MsBuildDiagnostics.Parse(output);

        Assert.Equal(2, errors.Count);
        Assert.Equal("/repo/theme/Display.cs(3,17): error CS0103: The name 'Foo' does not exist in the current context", errors[0].ToString());
        Assert.Equal("/repo/theme/Pages/ArticlePage.razor(12,5): error RZ9980: Unclosed tag 'p' with no matching end tag.", errors[1].ToString());
    }
}
