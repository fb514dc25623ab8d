namespace StaticNews.Generator.Tests.Markdown;

/// <summary>Content never injects markup: raw HTML is text unless site.yml says raw_html: true, and front matter is always encoded.</summary>
public sealed class RawHtmlPolicyTests
{
    private const string HostileBody =
        "Before <script>alert(11)</script> after.\n\n<img src=\"https://img.example.invalid/x.png\" onerror=\"alert(12)\">\n\n<div onclick=\"alert(1)\">block</div>";

    private const string HostileFrontMatter =
        "summary: \"<script>alert(13)</script>\"\nsource: \"<img src=x onerror=alert(1)>\"\ntags: [\"<script>tag</script>\"]\n";

    private static ScratchSite HostileSite(bool? rawHtml)
    {
        var scratch = new ScratchSite();
        var article = ScratchSite.Article(HostileBody, HostileFrontMatter)
            .Replace("title: \"Quay lights restored\"", "title: \"<script>alert(14)</script>\"", StringComparison.Ordinal);
        scratch.Write("world/hostile.md", article);
        if (rawHtml is { } on)
            File.AppendAllText(scratch.InputPath("site.yml"), on ? "raw_html: true\n" : "raw_html: false\n");
        return scratch;
    }

    private static IEnumerable<string> PublishedText(FixtureSite site) =>
        Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Select(File.ReadAllText).Select(WithoutThemeScripts);

    /// <summary>The theme's own scripts (structured data, the search page's files) are not content.</summary>
    private static string WithoutThemeScripts(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text,
            @"<script type=""application/ld\+json"">[^<]*</script>|<script src=""[^""]*/assets/js/[a-z]+\.js"" defer></script>", "");

    [Theory]
    [InlineData(null)]
    [InlineData(false)]
    public async Task No_script_or_event_handler_from_content_reaches_any_output_by_default(bool? rawHtml)
    {
        // Given
        using var scratch = HostileSite(rawHtml);

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        Assert.All(PublishedText(scratch.Site), text =>
        {
            Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onerror=\"alert", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<div onclick", text, StringComparison.OrdinalIgnoreCase);
        });
        var page = scratch.Site.ReadOutput("world/hostile/index.html");
        Assert.Contains("&lt;script&gt;alert(11)&lt;/script&gt;", page);
        Assert.Contains("&lt;script&gt;alert(14)&lt;/script&gt;", page);
    }

    [Fact]
    public async Task Raw_html_passes_through_only_when_site_yml_switches_it_on()
    {
        // Given
        using var scratch = HostileSite(rawHtml: true);

        // When
        var result = await scratch.Site.BuildAsync();

        // Then the body's markup is kept, while front matter stays encoded
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var page = scratch.Site.ReadOutput("world/hostile/index.html");
        Assert.Contains("<script>alert(11)</script>", page);
        Assert.Contains("<div onclick=\"alert(1)\">block</div>", page);
        Assert.DoesNotContain("<script>alert(14)", page);
        Assert.DoesNotContain("<script>alert(13)", page);
    }
}
