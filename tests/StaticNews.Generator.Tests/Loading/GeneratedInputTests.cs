using System.Text;
using StaticNews.Generator.Diagnostics;

namespace StaticNews.Generator.Tests.Loading;

/// <summary>Bad inputs too big or too odd to commit as fixtures (huge, deeply nested, symbolic links): made at run time.</summary>
public sealed class GeneratedInputTests
{
    [Fact]
    public async Task A_ten_megabyte_article_builds_whole()
    {
        // Given
        using var scratch = new ScratchSite();
        var body = new StringBuilder();
        for (var i = 0; body.Length < 10 * 1024 * 1024; i++)
            body.Append("Paragraph ").Append(i).Append(" of the long read about the harbour, its cranes and its crews.\n\n");
        body.Append("The very last paragraph.");
        scratch.Write("world/long-read.md", ScratchSite.Article(body.ToString()));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var html = scratch.Site.ReadOutput("world/long-read/index.html");
        Assert.True(html.Length > 10 * 1024 * 1024);
        Assert.Contains("<p>The very last paragraph.</p>", html);
    }

    public static TheoryData<string, string> DeepMarkdown() => new()
    {
        { "block quotes", string.Concat(Enumerable.Repeat("> ", 10_000)) + "deep" },
        { "lists", string.Concat(Enumerable.Repeat("- ", 10_000)) + "item" },
        { "emphasis", new string('*', 10_000) + "deep" + new string('*', 10_000) },
    };

    [Theory]
    [MemberData(nameof(DeepMarkdown))]
    public async Task Markdown_nested_ten_thousand_deep_is_refused_with_a_diagnostic_not_a_crash(string shape, string body)
    {
        // Given
        using var scratch = new ScratchSite();
        scratch.Write("world/deep.md", ScratchSite.Article(body));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(Codes.MarkdownTooDeep, error.Code);
        Assert.EndsWith("world/deep.md", error.Path.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Contains("Flatten the structure", error.Message);
        Assert.False(Directory.Exists(scratch.Site.Output), shape);
    }

    [Fact]
    public async Task A_hero_image_that_is_a_link_out_of_the_input_folder_is_refused()
    {
        // Given images/secret.svg links to a file outside input/
        using var scratch = new ScratchSite();
        var secret = Path.Combine(scratch.Outside, "secret.svg");
        File.WriteAllText(secret, "<svg xmlns=\"http://www.w3.org/2000/svg\"><!-- private --></svg>");
        File.CreateSymbolicLink(scratch.InputPath("images/secret.svg"), secret);
        scratch.Write("world/linked.md", ScratchSite.Article("Body.", "image: {src: images/secret.svg, alt: \"x\"}\n"));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then it is refused at the line that names it (and, like any static file, at its own path)
        var error = Assert.Single(result.Diagnostics, d => d.IsError && d.Path.EndsWith("linked.md", StringComparison.Ordinal));
        Assert.Equal((Codes.InputLinkLeavesInput, 6), (error.Code, error.Line));
        Assert.Single(result.Diagnostics, d => d.IsError && d.Path.EndsWith("images/secret.svg", StringComparison.Ordinal));
        Assert.Contains("link to a file outside the input folder", error.Message);
    }

    [Fact]
    public async Task Files_reached_through_links_out_of_the_input_folder_are_refused_and_never_published()
    {
        // Given a linked file and a linked folder pointing outside, and a link loop
        using var scratch = new ScratchSite();
        File.WriteAllText(Path.Combine(scratch.Outside, "passwords.txt"), "outside-secret-7f3a9c");
        File.CreateSymbolicLink(scratch.InputPath("images/passwords.txt"), Path.Combine(scratch.Outside, "passwords.txt"));
        Directory.CreateSymbolicLink(scratch.InputPath("images/private"), scratch.Outside);
        Directory.CreateSymbolicLink(scratch.InputPath("images/loop"), scratch.InputPath("images"));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then each is an error at its path, and nothing is published
        Assert.Equal(
            [(Codes.NotARegularFile, "images/loop"), (Codes.InputLinkLeavesInput, "images/passwords.txt"), (Codes.NotARegularFile, "images/private")],
            result.Diagnostics.Where(d => d.IsError).Select(d => (d.Code, Path.GetRelativePath(scratch.Input, d.Path))));
        Assert.False(Directory.Exists(scratch.Site.Output));
    }
}
