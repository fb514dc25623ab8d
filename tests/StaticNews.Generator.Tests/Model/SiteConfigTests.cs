using StaticNews.Model;

namespace StaticNews.Generator.Tests.Model;

public sealed class SiteConfigTests
{
    public static TheoryData<string, string> Addresses() => new()
    {
        { "https://example.org/", "/world/port-strike/" },
        { "https://example.org/", "" },
        { "https://Example.ORG:443/news/", "/news/feed.xml" },
        { "http://example.org:8080/news/", "/news/tags/Storm_Front/page/2/" },
        { "https://example.org/", "/tags/%C3%BCber/" },
        { "https://example.org/", "/tags/über uns/" },
        { "https://example.org/", "/a/./b/../c/" },
        { "https://example.org/", "/world/dots./" },
        { "https://example.org/", "/world/.hidden" },
        { "https://example.org/", "//other.example/x" },
        { "https://example.org/", "/a//b/" },
        { "https://example.org/", "/search/?q=a&b" },
        { "https://bücher.example/", "/news/" },
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public void An_absolute_url_reads_as_uri_resolution_writes_it(string baseUrl, string rootRelativeUrl)
    {
        // Given
        var config = Config(new Uri(baseUrl));

        // When
        var url = config.AbsoluteUrl(rootRelativeUrl);

        // Then
        Assert.Equal(new Uri(new Uri(baseUrl), rootRelativeUrl).AbsoluteUri, url);
    }

    [Fact]
    public void A_config_copied_with_another_base_url_makes_urls_on_the_new_host()
    {
        // Given
        var config = Config(new Uri("https://example.org/"));

        // When
        var moved = config with { BaseUrl = new Uri("https://mirror.example/news/") };

        // Then
        Assert.Equal("https://mirror.example/news/world/", moved.AbsoluteUrl("/news/world/"));
    }

    private static SiteConfig Config(Uri baseUrl) => new()
    {
        Name = "t", BaseUrl = baseUrl, Language = "en", TimeZone = TimeZoneInfo.Utc, Sections = [],
    };
}
