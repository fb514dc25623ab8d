using StaticNews.Generator.Building;

namespace StaticNews.Generator.Tests.Building;

public sealed class AliasesTests
{
    [Theory]
    [InlineData("world/old-slug/", "world/old-slug/")]
    [InlineData("/world/old-slug", "world/old-slug/")]
    [InlineData("2025/03/story.html", "2025/03/story.html")]
    [InlineData("world/old-slug/index.html", "world/old-slug/")]
    public void An_alias_is_read_as_a_folder_or_an_html_file_below_the_site_root(string written, string expected) =>
        Assert.Equal(expected, Aliases.Normalize(written));

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("../outside/")]
    [InlineData("world/../../etc/")]
    [InlineData("feed.xml")]
    [InlineData("robots.txt")]
    [InlineData("world//twice/")]
    [InlineData("https://elsewhere.example/story/")]
    [InlineData("world\\old")]
    public void An_alias_that_is_not_a_plain_page_address_on_the_site_is_refused(string written) =>
        Assert.Null(Aliases.Normalize(written));
}
