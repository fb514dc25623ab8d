using CsCheck;
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
    public void A_percent_encoded_link_resolves_to_the_page_in_the_folder_of_its_decoded_UTF8_name()
    {
        // Given a tag page written to tags/πολιτική/ and links to it encoded, raw, and to a Greek page that does not exist
        var checker = new InternalLinkChecker(BaseUrl, [.. Files, "tags/πολιτική/index.html"]);
        var html = """
            <a href="/paper/tags/%CF%80%CE%BF%CE%BB%CE%B9%CF%84%CE%B9%CE%BA%CE%AE/">encoded</a>
            <a href="/paper/tags/%cf%80%ce%bf%ce%bb%ce%b9%cf%84%ce%b9%ce%ba%ce%ae">lowercase hex, no slash</a>
            <a href="/paper/tags/πολιτική/">raw</a> <a href="https://example.github.io/paper/tags/%CF%80%CE%BF%CE%BB%CE%B9%CF%84%CE%B9%CE%BA%CE%AE/">absolute</a>
            <a href="/paper/tags/%CE%BF%CE%B9/">missing</a>
            """;

        // When
        var broken = checker.CheckPage(new RenderedPage("world/storm/index.html", $"<!DOCTYPE html><html><head><title>t</title></head><body>{html}</body></html>"));

        // Then only the missing one is broken
        Assert.Equal(["/paper/tags/%CE%BF%CE%B9/"], broken.Select(link => link.Reference));
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

    [Fact]
    public void An_encoded_address_is_checked_and_reported_as_the_browser_reads_it()
    {
        var broken = BrokenIn("""<a href="/paper/world/?a=1&amp;b=2">fine</a> <a href="/paper/&#119;orld/flood/?a=1&amp;b=2">gone</a>""");

        Assert.Equal(["/paper/world/flood/?a=1&b=2"], broken);
    }

    [Fact]
    public void A_root_relative_link_is_judged_alike_on_pages_at_every_depth()
    {
        // Given the same links on a page at the root and on one three folders down
        const string links = """<a href="/paper/world/">fine</a> <a href="/paper/flood/">gone</a>""";
        RenderedPage[] pages = [new("index.html", links), new("world/storm/index.html", links), new("404.html", links)];

        // When
        var broken = new InternalLinkChecker(BaseUrl, Files).Check(pages);

        // Then every page reports the broken one, in page order
        Assert.Equal(["index.html", "world/storm/index.html", "404.html"], broken.Select(link => link.PagePath));
        Assert.All(broken, link => Assert.Equal("/paper/flood/", link.Reference));
    }

    [Fact]
    public void Broken_links_of_many_pages_come_in_page_order_then_document_order()
    {
        // Given more pages than there are workers, each with two broken links
        var pages = Enumerable.Range(0, 200)
            .Select(i => new RenderedPage($"p{i}/index.html", $"""<a href="/paper/gone-{i}-a/">a</a><img src="/paper/gone-{i}-b.png" alt="">"""))
            .ToList();

        // When
        var broken = new InternalLinkChecker(BaseUrl, Files).Check(pages);

        // Then
        var expected = Enumerable.Range(0, 200).SelectMany(i => new[] { $"/paper/gone-{i}-a/", $"/paper/gone-{i}-b.png" });
        Assert.Equal(expected, broken.Select(link => link.Reference));
    }

    [Fact]
    public void Root_paths_with_dot_segments_or_escapes_resolve_as_a_browser_resolves_them()
    {
        var broken = BrokenIn("""<a href="/paper/./world/">a</a> <a href="/paper/%77orld/">b</a> <a href="/paper/world/../flood/">c</a>""");

        Assert.Equal(["/paper/world/../flood/"], broken);
    }

    [Fact]
    public void Uri_keeps_a_plain_root_path_as_written_so_the_checker_may_read_it_without_one()
    {
        // Given paths built from the characters and segments a plain path may or may not hold, on pages at several depths
        Uri[] pages = [new("https://example.github.io/paper/"), new("https://example.github.io/paper/world/storm/index.html"), new("http://localhost:8080/")];
        var piece = Gen.OneOf("/", "a", "Z", "0", "-", "_", "~", ".", "..", "./", "//", "index.html", "site.css", "%41", " ", "\\");

        // Then each path the checker takes as plain is the path Uri gives, wherever the page is
        piece.Array[0, 12].Select(pieces => "/" + string.Concat(pieces)).Sample(path =>
        {
            if (!InternalLinkChecker.IsPlainRootPath(path)) return;
            Assert.All(pages, page => Assert.Equal(path, new Uri(page, path).AbsolutePath));
        }, iter: 3000, threads: 1);
    }
}
