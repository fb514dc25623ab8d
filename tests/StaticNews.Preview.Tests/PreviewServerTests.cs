using System.Net;
using System.Net.Sockets;
using StaticNews.Generator;
using StaticNews.Preview.LiveReload;
using StaticNews.TestSupport;

namespace StaticNews.Preview.Tests;

public sealed class PreviewServerTests
{
    [Fact]
    public async Task An_edit_to_one_article_body_rebuilds_once_and_names_only_that_page()
    {
        // Given a tab listening
        await using var site = await PreviewSite.StartAsync();
        await using var events = await EventStream.OpenAsync(site.Server.Address);
        var hello = await events.NextAsync();

        // When the editor saves a new paragraph
        site.EditArticle(text => text + "\nA late paragraph about the ferry timetable.\n");

        // Then one message names the article page alone, and the page shows the text
        var message = await events.NextAsync();
        Assert.True(hello.Hello);
        Assert.Equal(hello.Version + 1, message.Version);
        Assert.Equal(["/news/world/harbour-reopens/"], message.Pages);
        Assert.False(message.ReloadAll);
        using var http = new HttpClient();
        Assert.Contains("A late paragraph about the ferry timetable.", await http.GetStringAsync(site.Url(PreviewSite.ArticlePath)));
    }

    [Fact]
    public async Task An_edit_renders_only_the_pages_it_touches_and_reuses_the_rest()
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();
        await using var events = await EventStream.OpenAsync(site.Server.Address);
        await events.NextAsync();

        // When the editor changes one article's body
        site.EditArticle(text => text + "\nA late paragraph about the ferry timetable.\n");
        await events.NextAsync();

        // Then the rebuild rendered some pages but not all of them
        var rebuild = System.Text.RegularExpressions.Regex.Matches(site.Log.ToString(), @"Built in [\d.]+ s: (\d+) pages \((\d+) rendered\)").Last();
        var (pages, rendered) = (int.Parse(rebuild.Groups[1].Value), int.Parse(rebuild.Groups[2].Value));
        Assert.InRange(rendered, 1, pages - 1);
    }

    [Fact]
    public async Task A_burst_of_saves_gives_one_rebuild()
    {
        // A quiet time of a second: on a loaded machine the five saves can be more than 50 ms apart.
        await using var site = await PreviewSite.StartAsync(debounce: TimeSpan.FromSeconds(1));
        await using var events = await EventStream.OpenAsync(site.Server.Address);
        var hello = await events.NextAsync();

        for (var i = 0; i < 5; i++)
            site.EditArticle(text => text + $"\nSave number {i}.\n");

        var message = await events.NextAsync();
        Assert.Equal(hello.Version + 1, message.Version);
        await Assert.ThrowsAsync<TimeoutException>(() => events.NextAsync(timeoutMs: 600));
        Assert.Contains("Save number 4.", site.ArticleText);
    }

    [Fact]
    public async Task A_broken_build_keeps_the_last_good_pages_and_reports_file_and_line_until_fixed()
    {
        // Given a running preview
        await using var site = await PreviewSite.StartAsync();
        await using var events = await EventStream.OpenAsync(site.Server.Address);
        await events.NextAsync();
        using var http = new HttpClient();

        // When the front matter names an unknown section
        site.EditArticle(text => text.Replace("section: world", "section: weather"));
        var broken = await events.NextAsync();

        // Then the error names the file and line, and the last good page is still served
        var problem = Assert.Single(broken.Problems);
        Assert.EndsWith("world/harbour-reopens.md", problem.File);
        Assert.Equal(4, problem.Line);
        Assert.Equal("SN0106", problem.Code);
        Assert.Contains("Harbour reopens after three-day storm", await http.GetStringAsync(site.Url(PreviewSite.ArticlePath)));

        // When it is fixed, the errors go
        site.EditArticle(text => text.Replace("section: weather", "section: world"));
        var fixedMessage = await events.NextAsync();
        Assert.Empty(fixedMessage.Problems);
        Assert.Empty(site.Server.State.Problems);
    }

    [Fact]
    public async Task A_tab_that_connects_while_the_build_is_broken_is_told_the_errors_at_once()
    {
        await using var site = await PreviewSite.StartAsync();
        site.EditArticle(text => text.Replace("title:", "titel:"));
        await PreviewSite.WaitUntilAsync(() => site.Server.State.Problems.Count > 0, "the build fails");

        await using var events = await EventStream.OpenAsync(site.Server.Address);
        var hello = await events.NextAsync();

        Assert.True(hello.Hello);
        Assert.Contains(hello.Problems, p => p.Code == "SN0104" && p.File.EndsWith("harbour-reopens.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_port_in_use_is_reported_as_such()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        var error = await Assert.ThrowsAsync<PortInUseException>(() => PreviewServer.StartAsync(
            new PreviewOptions { Build = new BuildOptions { InputDirectory = "unused" }, Port = port }, TextWriter.Null));

        Assert.Contains($"Port {port} on 127.0.0.1 is already in use", error.Message);
    }

    [Fact]
    public async Task Stopping_the_server_ends_open_event_streams_promptly()
    {
        var site = await PreviewSite.StartAsync();
        var events = await EventStream.OpenAsync(site.Server.Address);
        await events.NextAsync();

        await site.DisposeAsync();

        Assert.True(await events.EndsWithinAsync(TimeSpan.FromSeconds(5)));
        await events.DisposeAsync();
    }

    [Fact]
    public async Task The_server_listens_on_loopback_by_default()
    {
        await using var site = await PreviewSite.StartAsync();

        Assert.Equal("127.0.0.1", site.Server.Address.Host);
    }

    [Fact]
    public async Task A_site_broken_from_the_start_still_serves_pages_that_show_the_errors()
    {
        // Given an input folder whose site.yml is missing
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("input"));
        await using var server = await PreviewServer.StartAsync(
            new PreviewOptions { Build = new BuildOptions { InputDirectory = temp.Combine("input") }, Port = 0 }, TextWriter.Null);

        // When a tab opens any page
        using var http = new HttpClient();
        var page = await http.GetStringAsync(new Uri(server.Address, "/world/"));
        await using var events = await EventStream.OpenAsync(server.Address);
        var hello = await events.NextAsync();

        // Then the page loads the script, which is told the error
        Assert.Contains(ReloadScript.ScriptPath, page);
        Assert.Contains(hello.Problems, p => p.Code == "SN0201" && p.File.EndsWith("site.yml", StringComparison.Ordinal));
    }
}
