using StaticNews.Generator.Diagnostics;

namespace StaticNews.Cli.Tests;

public sealed class GitHubAnnotationTests
{
    [Fact]
    public void An_error_with_a_place_names_file_line_column_and_code()
    {
        var diagnostic = new Diagnostic(Severity.Error, "SN0106", "input/world/a.md", 4, 2, "section 'x' is not declared");

        Assert.Equal("::error file=input/world/a.md,line=4,col=2,title=SN0106::section 'x' is not declared", GitHubAnnotation.Format(diagnostic));
    }

    [Fact]
    public void A_warning_about_a_whole_file_has_no_line()
    {
        var diagnostic = new Diagnostic(Severity.Warning, "SN0110", "input/site.yml", 0, 0, "careful");

        Assert.Equal("::warning file=input/site.yml,title=SN0110::careful", GitHubAnnotation.Format(diagnostic));
    }

    [Fact]
    public void Characters_that_would_end_the_command_are_escaped()
    {
        var diagnostic = new Diagnostic(Severity.Error, "SN0103", "C:/news,a:b.md", 1, 1, "100% wrong\r\nsecond line");

        Assert.Equal("::error file=C%3A/news%2Ca%3Ab.md,line=1,col=1,title=SN0103::100%25 wrong%0D%0Asecond line", GitHubAnnotation.Format(diagnostic));
    }
}
