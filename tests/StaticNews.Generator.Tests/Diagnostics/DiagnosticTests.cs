using StaticNews.Generator.Diagnostics;

namespace StaticNews.Generator.Tests.Diagnostics;

public sealed class DiagnosticTests
{
    [Fact]
    public void An_error_prints_in_msbuild_form_so_editors_and_ci_link_to_it()
    {
        var diagnostic = new Diagnostic(Severity.Error, Codes.UnknownSection, "input/world/a.md", 4, 1, "section 'x' is not declared.");

        Assert.Equal("input/world/a.md(4,1): error SN0106: section 'x' is not declared.", diagnostic.ToString());
    }

    [Fact]
    public void A_problem_with_a_whole_file_prints_without_a_position()
    {
        var diagnostic = new Diagnostic(Severity.Warning, Codes.EmptyFile, "input/a.md", 0, 0, "empty.");

        Assert.Equal("input/a.md: warning SN0112: empty.", diagnostic.ToString());
    }

    [Fact]
    public void Diagnostics_come_out_sorted_by_file_and_line_whatever_order_threads_added_them()
    {
        var bag = new DiagnosticBag();
        bag.Error("SN0002", "b.md", 1, 1, "b");
        bag.Error("SN0001", "a.md", 9, 1, "a9");
        bag.Warning("SN0003", "a.md", 2, 1, "a2");

        Assert.Equal(["a2", "a9", "b"], bag.ToSortedList().Select(d => d.Message));
        Assert.True(bag.HasErrors);
    }

    [Fact]
    public void Characters_quoted_from_content_that_would_break_a_terminal_line_are_printed_as_code_points()
    {
        // Given a message quoting a value with a bell, a right-to-left override and a line break
        var bag = new DiagnosticBag();

        // When
        bag.Error(Codes.InvalidValue, "input/world/a\u202E.md", 2, 1, "tag 'a\u0007b\u202Ec\nd' is odd.");

        // Then
        var diagnostic = Assert.Single(bag.ToSortedList());
        Assert.Equal("input/world/a<U+202E>.md", diagnostic.Path);
        Assert.Equal("tag 'a<U+0007>b<U+202E>c<U+000A>d' is odd.", diagnostic.Message);
    }

    [Fact]
    public void Problems_of_a_file_others_depend_on_come_first_as_they_may_be_the_cause()
    {
        // Given an article error and a site.yml error, which would come later by path
        var bag = new DiagnosticBag();
        bag.DependedOn("input/site.yml");
        bag.Error(Codes.UnknownSection, "input/business/a.md", 4, 1, "article");
        bag.Error(Codes.InvalidSiteConfig, "input/site.yml", 8, 1, "settings");

        // When
        var sorted = bag.ToSortedList();

        // Then
        Assert.Equal(["settings", "article"], sorted.Select(d => d.Message));
    }
}
