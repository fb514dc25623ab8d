using StaticNews.Preview.LiveReload;
using StaticNews.Preview.Serving;

namespace StaticNews.Preview.Tests.Serving;

/// <summary>The preview answers only its own names, so a page on another site cannot read it through DNS rebinding.</summary>
public sealed class HostHeaderTests : IAsyncLifetime
{
    private PreviewSite site = null!;

    public async Task InitializeAsync() => site = await PreviewSite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("LOCALHOST")]
    [InlineData("[::1]")]
    public async Task A_loopback_name_with_or_without_the_port_is_answered(string name)
    {
        foreach (var host in new[] { name, $"{name}:{site.Server.Address.Port}" })
        {
            // When
            var (status, response) = await RawHttp.SendAsync(site.Server.Address, "GET", PreviewSite.ArticlePath, host);

            // Then
            Assert.Equal(200, status);
            Assert.Contains("Harbour reopens after three-day storm", response);
        }
    }

    [Theory]
    [InlineData(PreviewSite.ArticlePath)]
    [InlineData(ReloadScript.EventsPath)]
    [InlineData(ReloadScript.ScriptPath)]
    public async Task A_foreign_host_name_is_refused_on_every_path(string path)
    {
        // Given a page of another site whose name now points at this machine
        var host = $"attacker.example:{site.Server.Address.Port}";

        // When it asks the preview
        var (status, response) = await RawHttp.SendAsync(site.Server.Address, "GET", path, host);

        // Then it gets nothing of the site
        Assert.Equal(400, status);
        Assert.DoesNotContain("Harbour", response);
        Assert.DoesNotContain("data:", response);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("HEAD")]
    public async Task The_event_stream_opens_only_for_GET(string method)
    {
        // When
        var (status, response) = await RawHttp.SendAsync(site.Server.Address, method, ReloadScript.EventsPath, site.Server.Address.Authority);

        // Then
        Assert.Equal(405, status);
        Assert.Contains("Allow: GET", response);
    }

    [Fact]
    public void Every_address_answers_to_the_loopback_names_this_machine_s_name_and_its_addresses()
    {
        var hosts = PreviewHosts.For("0.0.0.0");

        Assert.Contains("localhost", hosts);
        Assert.Contains("127.0.0.1", hosts);
        Assert.Contains(System.Net.Dns.GetHostName(), hosts);
        Assert.Contains(System.Net.Dns.GetHostName() + ".local", hosts);
        foreach (var address in System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
                     .SelectMany(network => network.GetIPProperties().UnicastAddresses)
                     .Where(unicast => unicast.Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork))
            Assert.Contains(address.Address.ToString(), hosts);
        Assert.DoesNotContain("attacker.example", hosts);
    }

    [Fact]
    public void A_given_address_answers_to_that_address_alone()
    {
        Assert.Equal(["192.168.1.5"], PreviewHosts.For("192.168.1.5"));
        Assert.Equal(["[fd00::5]"], PreviewHosts.For("fd00::5"));
    }
}
