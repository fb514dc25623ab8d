using StaticNews.Generator.Checking;
using StaticNews.Generator.Rendering;

namespace StaticNews.Generator.Tests.Checking;

public sealed class InternalLinkCheckerTests
{
    private static readonly Uri BaseUrl = new("https://example.github.io/paper/");

    private static readonly string[] Files =
        ["index.html", "world/index.html", "world/storm/index.html", "assets/css/site.css", "images/a.svg", "images/b.svg", "404.html"];

    private static IReadOnlyList<string> BrokenIn(string body, string page = "world/storm/index.html") =>
        new InternalLinkChecker(BaseUrl, Files)
            .CheckPage(new RenderedPage(page, $"<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>"))
            .Select(link => link.Reference)
            .ToList();

    [Fact]
    public void Links_and_assets_under_the_base_path_that_name_generated_files_pass()
    {
        var broken = BrokenIn("""
            <a href="/paper/">home</a> <a href="/paper/world/">world</a> <a href="/paper/world">no slash</a>
            <a href="/paper/world/storm/#top">fragment</a> <a href="?page=2">query</a> <a href="../">up</a>
            <link rel="stylesheet" href="/paper/assets/css/site.css"> <img src="/paper/images/a.svg" alt="">
            <a href="https://example.github.io/paper/404.html">absolute</a>
            """);

        Assert.Empty(broken);
    }

    [Fact]
    public void A_link_under_the_base_path_to_a_missing_page_is_broken()
    {
        var broken = BrokenIn("""<a href="/paper/world/flood/">gone</a> <a href="/paper/world/storm/">fine</a>""");

        Assert.Equal(["/paper/world/flood/"], broken);
    }

    [Fact]
    public void Relative_references_resolve_from_the_page_folder()
    {
        var broken = BrokenIn("""<a href="../flood/">sibling</a> <img src="../../images/a.svg" alt=""> <img src="images/a.svg" alt="">""");

        Assert.Equal(["../flood/", "images/a.svg"], broken);
    }

    [Fact]
    public void Every_srcset_candidate_is_checked()
    {
        var broken = BrokenIn("""<img src="/paper/images/a.svg" srcset="/paper/images/a.svg 1x, /paper/images/c.svg 2x" alt="">""");

        Assert.Equal(["/paper/images/c.svg"], broken);
    }

    [Fact]
    public void Other_sites_other_folders_of_the_host_and_other_schemes_are_not_checked()
    {
        var broken = BrokenIn("""
            <a href="https://elsewhere.example/paper/x/">other site</a> <a href="/other-repo/x/">other folder</a>
            <a href="mailto:desk@example.org">mail</a> <a href="http://example.github.io/paper/x/">other scheme</a>
            """);

        Assert.Empty(broken);
    }

    [Fact]
    public void Markup_inside_scripts_and_comments_is_not_a_link()
    {
        var broken = BrokenIn("""
            <script>document.write('<a href="/paper/missing/">x</a>');</script>
            <!-- <a href="/paper/also-missing/">x</a> -->
            <a href="/paper/truly-missing/">x</a>
            """);

        Assert.Equal(["/paper/truly-missing/"], broken);
    }

    [Fact]
    public void A_reference_repeated_on_a_page_is_reported_once()
    {
        var broken = BrokenIn("""<a href="/paper/x/">one</a> <a href="/paper/x/">two</a>""");

        Assert.Single(broken);
    }
}
