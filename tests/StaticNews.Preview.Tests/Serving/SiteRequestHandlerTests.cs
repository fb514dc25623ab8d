using System.Net;
using StaticNews.Generator;
using StaticNews.Preview.LiveReload;
using StaticNews.TestSupport;

namespace StaticNews.Preview.Tests.Serving;

public sealed class SiteRequestHandlerTests : IAsyncLifetime
{
    private PreviewSite site = null!;
    private readonly HttpClient http = new(new HttpClientHandler { AllowAutoRedirect = false });

    public async Task InitializeAsync() => site = await PreviewSite.StartAsync();

    public async Task DisposeAsync()
    {
        http.Dispose();
        await site.DisposeAsync();
    }

    [Theory]
    [InlineData("/news/../news/world/harbour-reopens/")]
    [InlineData("/news/world/../../../etc/passwd")]
    [InlineData("/news/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/news/%2E%2E/index.html")]
    [InlineData("/news/world%2fharbour-reopens/")]
    [InlineData("/news/world%2Fharbour-reopens%2Findex.html")]
    [InlineData("/news/..%2f..%2fetc/passwd")]
    [InlineData("/news/world\\harbour-reopens\\index.html")]
    [InlineData("/news/..\\..\\etc\\passwd")]
    [InlineData("/news/%5c..%5cindex.html")]
    [InlineData("//etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/news/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd")]
    [InlineData("/news/%c0%af..%c0%afindex.html")]
    [InlineData("/news/%e0%80%ae%e0%80%ae/index.html")]
    [InlineData("/news/%ff/index.html")]
    [InlineData("/news/./world/harbour-reopens/")]
    [InlineData("/news/world//harbour-reopens/")]
    public async Task A_request_that_tries_to_leave_the_site_answers_404(string rawTarget)
    {
        var (status, _) = await RawHttp.GetAsync(site.Server.Address, rawTarget);

        Assert.Equal(404, status);
    }

    [Fact]
    public async Task An_absolute_form_request_target_answers_404()
    {
        var (status, _) = await RawHttp.GetAsync(site.Server.Address, $"http://{site.Server.Address.Authority}/news/../../etc/passwd");

        Assert.Equal(404, status);
    }

    [Fact]
    public async Task The_same_article_without_tricks_answers_200_so_the_404s_above_are_the_paths_fault()
    {
        var (status, response) = await RawHttp.GetAsync(site.Server.Address, PreviewSite.ArticlePath);

        Assert.Equal(200, status);
        Assert.Contains("Harbour reopens after three-day storm", response);
    }

    [Fact]
    public async Task An_unknown_page_answers_404_with_the_sites_own_404_page()
    {
        var response = await http.GetAsync(site.Url("/news/world/no-such-story/"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/news/", "text/html", "utf-8")]
    [InlineData("/news/world/harbour-reopens/", "text/html", "utf-8")]
    [InlineData("/news/404.html", "text/html", "utf-8")]
    [InlineData("/news/assets/css/site.css", "text/css", "utf-8")]
    [InlineData("/news/images/harbour.svg", "image/svg+xml", "utf-8")]
    [InlineData("/news/assets/js/search.js", "text/javascript", "utf-8")]
    [InlineData("/news/feed.xml", "text/xml", "utf-8")]
    [InlineData("/news/search/index.json", "application/json", "utf-8")]
    [InlineData("/news/robots.txt", "text/plain", "utf-8")]
    public async Task Files_are_served_with_their_content_type(string path, string mediaType, string charset)
    {
        var response = await http.GetAsync(site.Url(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(charset, response.Content.Headers.ContentType?.CharSet);
    }

    [Fact]
    public async Task A_folder_url_without_its_slash_redirects_to_the_clean_url()
    {
        var response = await http.GetAsync(site.Url("/news/world/harbour-reopens"));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/news/world/harbour-reopens/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_tag_page_in_a_non_Latin_script_is_served_at_its_percent_encoded_address()
    {
        // Given a story tagged "Πολιτική", whose page is written to tags/πολιτική/
        await using var greek = await PreviewSite.StartAsync(input => File.WriteAllText(Path.Combine(input, "world", "vote.md"),
            "---\ntitle: \"Vote called\"\ndate: 2026-03-20T08:00:00Z\nsection: world\ntags: [Πολιτική]\n---\n\nA vote.\n"));
        const string encoded = "/news/tags/%CF%80%CE%BF%CE%BB%CE%B9%CF%84%CE%B9%CE%BA%CE%AE";

        // When a browser follows the link, with and without its slash
        var page = await http.GetAsync(greek.Url(encoded + "/"));
        var withoutSlash = await http.GetAsync(greek.Url(encoded));

        // Then the page is served, and the redirect names the encoded clean URL
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Πολιτική", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.MovedPermanently, withoutSlash.StatusCode);
        Assert.Equal(encoded + "/", withoutSlash.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/news/assets/")]
    [InlineData("/news/images/")]
    [InlineData("/news/assets/css/")]
    public async Task A_folder_without_an_index_page_is_not_listed(string path)
    {
        var response = await http.GetAsync(site.Url(path));

        // The site's own 404 page, the same as for an address that names nothing: no listing of the folder's files
        // (the 404 page's story cards may show a picture from images/, so the file name alone proves nothing).
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var notFound = await http.GetAsync(site.Url("/news/no-such-page-anywhere/"));
        Assert.Equal(await notFound.Content.ReadAsStringAsync(), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Served_pages_carry_the_reload_script_but_the_build_output_does_not()
    {
        // Given the preview's article page
        var served = await http.GetStringAsync(site.Url(PreviewSite.ArticlePath));

        // When the same input is built to disk
        using var temp = new TempFolder();
        var result = await new SiteGenerator().BuildAsync(new BuildOptions { InputDirectory = site.Input, OutputDirectory = temp.Combine("out") });

        // Then only the served page loads the script
        Assert.True(result.Succeeded);
        Assert.Contains(ReloadScript.ScriptPath, served);
        var built = Directory.EnumerateFiles(temp.Combine("out"), "*", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(built);
        Assert.All(built, file => Assert.DoesNotContain("_staticnews", File.ReadAllText(file)));
    }

    [Fact]
    public async Task The_reload_script_is_served_as_javascript()
    {
        var response = await http.GetAsync(site.Url(ReloadScript.ScriptPath));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("EventSource", await response.Content.ReadAsStringAsync());
    }
}
