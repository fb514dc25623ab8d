using System.Text.RegularExpressions;

namespace StaticNews.Generator.Tests.Pictures;

/// <summary>The related blocks under an article show each story's picture, and keep a card without one in line.</summary>
public sealed partial class RelatedCardPictureTests
{
    [Fact]
    public async Task An_Explore_card_shows_the_story_picture_lazily_and_a_card_without_one_keeps_its_space()
    {
        // Given a story with a photo and one without, both pinned under a third story
        using var scratch = new ScratchSite();
        scratch.WriteBytes("images/quay.jpg", TestPictures.Jpeg(1600, 1000));
        scratch.Write("world/pictured.md", ScratchSite.Article("Body.", "image: {src: images/quay.jpg, alt: \"A quay\"}\n"));
        scratch.Write("world/reader.md", ScratchSite.Article("Body.", "related: [pictured, port-fees-rise]\n"));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then the Explore block holds the photo's 3:2 crop as a lazy <picture> with its size, and an empty space of the same shape
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var explore = ExploreBlock().Match(scratch.Site.ReadOutput("world/reader/index.html"));
        Assert.True(explore.Success, "the article has no Explore block");
        var block = explore.Value;
        Assert.Contains("<a class=\"card__image\" href=\"/news/world/pictured/\" tabindex=\"-1\" aria-hidden=\"true\"><picture>", block, StringComparison.Ordinal);
        Assert.Contains("width=\"800\" height=\"533\"", block, StringComparison.Ordinal);
        Assert.Contains("loading=\"lazy\" decoding=\"async\"", block, StringComparison.Ordinal);
        Assert.DoesNotContain("fetchpriority", block, StringComparison.Ordinal);
        Assert.Contains("<span class=\"card__image card__image--empty\" aria-hidden=\"true\">", block, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_related_block_where_no_story_has_a_picture_shows_no_empty_picture_spaces()
    {
        // Given a story whose related stories have no pictures (the one story with a picture excluded)
        using var scratch = new ScratchSite();
        scratch.Write("world/reader.md", ScratchSite.Article("Body.", "related: [storm-closes-harbour, port-fees-rise]\nrelated_exclude: [harbour-reopens]\n"));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var block = ExploreBlock().Match(scratch.Site.ReadOutput("world/reader/index.html")).Value;
        Assert.Contains("port-fees-rise", block, StringComparison.Ordinal);
        Assert.DoesNotContain("card__image", block, StringComparison.Ordinal);
    }

    [GeneratedRegex("<section class=\"related\" aria-labelledby=\"explore-heading\">.*?</section>", RegexOptions.Singleline)]
    private static partial Regex ExploreBlock();
}
