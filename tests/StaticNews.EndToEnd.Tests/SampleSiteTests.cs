using StaticNews.Generator;
using StaticNews.Generator.Checking;
using StaticNews.Generator.Rendering;
using StaticNews.TestSupport;

namespace StaticNews.EndToEnd.Tests;

public sealed class SampleSiteTests(SampleSiteBuild site) : IClassFixture<SampleSiteBuild>
{
    [Fact]
    public void The_sample_newsroom_builds_without_errors_or_warnings()
    {
        Assert.True(site.Result.Succeeded, string.Join(Environment.NewLine, site.Result.Diagnostics));
        Assert.Empty(site.Result.Diagnostics);
        Assert.True(site.Result.ArticleCount >= 30);
    }

    [Fact]
    public void The_sample_site_has_every_page_type()
    {
        string[] expected = ["index.html", "404.html", "assets/css/site.css", "world/index.html", "authors/index.html", "tags/index.html",
            "about/index.html", "contact/index.html", "corrections/index.html", "ethics/index.html", "privacy/index.html"];
        Assert.All(expected, path => Assert.True(File.Exists(Path.Combine(site.Output, path)) || Directory.Exists(Path.Combine(site.Output, path)), path));
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(site.Output, "authors"), "index.html", SearchOption.AllDirectories));
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(site.Output, "tags"), "index.html", SearchOption.AllDirectories));
        Assert.Contains(Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories),
            f => f.Contains($"{Path.DirectorySeparatorChar}page{Path.DirectorySeparatorChar}"));
    }

    [Fact]
    public void Every_correction_box_of_the_sample_links_to_its_corrections_policy()
    {
        var boxes = site.HtmlFiles().Select(File.ReadAllText).Where(html => html.Contains("class=\"corrections\"", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(boxes);
        Assert.All(boxes, html => Assert.Contains("<a href=\"/corrections/\">How we correct mistakes</a>", html));
    }

    [Fact]
    public async Task Every_html_page_passes_the_Nu_Html_Checker()
    {
        var errors = await NuHtmlChecker.ErrorsAsync(site.HtmlFiles());

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(50)));
    }

    [Fact]
    public void Every_internal_link_and_asset_reference_resolves_to_a_written_file()
    {
        // The written files on disk, checked by the same checker a build runs in memory.
        var files = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(site.Output, file).Replace('\\', '/'))
            .ToList();
        var pages = site.HtmlFiles()
            .Select(file => new RenderedPage(Path.GetRelativePath(site.Output, file).Replace('\\', '/'), File.ReadAllText(file)))
            .ToList();

        var broken = new InternalLinkChecker(new Uri("https://news.example.org/"), files).Check(pages);

        Assert.True(pages.Count > 50);
        Assert.True(broken.Count == 0, string.Join(Environment.NewLine, broken.Take(50)));
    }

    [Fact]
    public async Task Two_builds_of_the_sample_are_byte_identical()
    {
        using var temp = new TempFolder();

        await new SiteGenerator().BuildAsync(new BuildOptions { InputDirectory = RepositoryPaths.SampleInput, OutputDirectory = temp.Combine("again"), Now = SampleSiteBuild.Now });

        Assert.Equal(FolderSnapshot.Of(site.Output), FolderSnapshot.Of(temp.Combine("again")));
    }

    [Fact]
    public async Task Rendering_the_sample_on_one_worker_gives_the_same_bytes_as_in_parallel()
    {
        using var temp = new TempFolder();

        await new SiteGenerator(workers: 1).BuildAsync(new BuildOptions { InputDirectory = RepositoryPaths.SampleInput, OutputDirectory = temp.Combine("single"), Now = SampleSiteBuild.Now });

        Assert.Equal(FolderSnapshot.Of(site.Output), FolderSnapshot.Of(temp.Combine("single")));
    }

    [Fact]
    public void No_machine_path_leaks_into_the_output()
    {
        var leaks = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains(RepositoryPaths.Root, StringComparison.Ordinal));

        Assert.Empty(leaks);
    }
}
