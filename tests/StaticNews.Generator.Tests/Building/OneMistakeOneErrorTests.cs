using StaticNews.Generator.Diagnostics;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Building;

/// <summary>One mistake in the sample newsroom gives one error, at its cause: nothing that refers to the faulty part is reported as missing.</summary>
public sealed class OneMistakeOneErrorTests
{
    private const string Storm = "world/storm-ilse-floods-saltmere.md";
    private const string FloodPhotoStory = "business/insurers-count-cost-storm-ilse.md";

    [Fact]
    public void An_undeclared_section_in_one_article_is_one_error_at_its_section_line()
    {
        // Given the storm story, which other stories pin and link to, names a section site.yml does not declare
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.SampleInput, "input");
        Edit(input, Storm, "section: world", "section: weather");

        // When
        var diagnostics = Check(input);

        // Then
        var error = Assert.Single(diagnostics);
        Assert.Equal((Codes.UnknownSection, 4), (error.Code, error.Line));
        Assert.EndsWith(Storm, error.Path);
    }

    [Fact]
    public void An_author_with_errors_is_one_error_in_authors_yml_and_none_in_the_articles_that_name_them()
    {
        // Given amara-okafor, who writes several stories, has lost her name
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.SampleInput, "input");
        Edit(input, "authors.yml", "  name: \"Amara Okafor\"\n", "");

        // When
        var diagnostics = Check(input);

        // Then
        var error = Assert.Single(diagnostics);
        Assert.Equal(Codes.InvalidAuthors, error.Code);
        Assert.EndsWith("authors.yml", error.Path);
        Assert.Contains("amara-okafor", error.Message);
    }

    [Fact]
    public void A_broken_section_declaration_in_site_yml_is_one_error_not_one_per_article()
    {
        // Given the world section is declared with a slug that cannot be an address
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.SampleInput, "input");
        Edit(input, "site.yml", "  - slug: world\n", "  - slug: World Desk\n");

        // When
        var diagnostics = Check(input);

        // Then
        var error = Assert.Single(diagnostics);
        Assert.Equal((Codes.InvalidSiteConfig, LineOf(input, "site.yml", "sections:")), (error.Code, error.Line));
        Assert.EndsWith("site.yml", error.Path);
    }

    [Fact]
    public void A_missing_picture_is_one_error_at_the_image_line_of_the_article_showing_it()
    {
        // Given the flood photo, the hero of one story, is gone from images/
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.SampleInput, "input");
        File.Delete(Path.Combine(input, "images", "flooded-street.jpg"));

        // When
        var diagnostics = Check(input);

        // Then
        var error = Assert.Single(diagnostics);
        Assert.Equal((Codes.MissingImage, LineOf(input, FloodPhotoStory, "image:")), (error.Code, error.Line));
        Assert.EndsWith(FloodPhotoStory, error.Path);
    }

    [Fact]
    public void An_article_whose_front_matter_cannot_be_read_is_one_error_and_links_to_it_are_not_reported()
    {
        // Given the storm story's YAML is broken, so it cannot be read as an article at all
        using var temp = new TempFolder();
        var input = temp.CopyFrom(RepositoryPaths.SampleInput, "input");
        Edit(input, Storm, "section: world", "section: [world");

        // When
        var diagnostics = Check(input);

        // Then
        var error = Assert.Single(diagnostics);
        Assert.Equal(Codes.InvalidYaml, error.Code);
        Assert.EndsWith(Storm, error.Path);
    }

    private static IReadOnlyList<Diagnostic> Check(string input) =>
        new SiteGenerator().Relate(new BuildOptions { InputDirectory = input, Now = new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero) })
            .Diagnostics;

    /// <summary>The 1-based line of a file that holds the text.</summary>
    private static int LineOf(string input, string file, string text) =>
        File.ReadAllLines(Path.Combine(input, file)).Select((line, index) => (line, index)).Single(x => x.line.Contains(text, StringComparison.Ordinal)).index + 1;

    private static void Edit(string input, string file, string from, string to)
    {
        var path = Path.Combine(input, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
