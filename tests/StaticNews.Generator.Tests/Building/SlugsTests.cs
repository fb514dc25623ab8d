using StaticNews.Generator.Building;

namespace StaticNews.Generator.Tests.Building;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("port-strike-ends", true)]
    [InlineData("g20", true)]
    [InlineData("Port-Strike", false)]
    [InlineData("../escape", false)]
    [InlineData("a/b", false)]
    [InlineData("a--b", false)]
    [InlineData("-a", false)]
    [InlineData("", false)]
    public void Only_lowercase_words_joined_by_single_hyphens_are_slugs(string slug, bool valid) =>
        Assert.Equal(valid, Slugs.IsValid(slug));

    [Theory]
    [InlineData("Climate Policy", "climate-policy")]
    [InlineData("São Paulo", "sao-paulo")]
    [InlineData("  EU / UK  ", "eu-uk")]
    [InlineData("İstanbul", "istanbul")]
    public void Tag_names_become_the_same_slug_on_every_machine(string name, string slug) =>
        Assert.Equal(slug, Slugs.FromText(name));
}
