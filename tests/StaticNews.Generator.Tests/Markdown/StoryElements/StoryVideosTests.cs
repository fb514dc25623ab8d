using StaticNews.Generator.Markdown;
using StaticNews.Generator.Markdown.StoryElements;
using StaticNews.Model;

namespace StaticNews.Generator.Tests.Markdown.StoryElements;

public sealed class StoryVideosTests
{
    private static IReadOnlyList<StoryVideo> VideosOf(string markdown) =>
        StoryVideos.Of(MarkdownParts.Of(Markdig.Markdown.Parse(markdown, ArticleMarkdown.CreatePipeline())), "/news/");

    [Fact]
    public void A_video_with_title_description_poster_and_date_is_described_for_structured_data()
    {
        var video = Assert.Single(VideosOf(
            "::: embed https://youtu.be/Xk3fTq9Lm2A\ntitle: The surge\ndescription: The sea tops the wall.\nposter: images/surge.svg\ndate: 2026-10-22\n:::"));

        Assert.Equal(
            new StoryVideo("The surge", "The sea tops the wall.", "/news/images/surge.svg", new DateOnly(2026, 10, 22), "https://youtu.be/Xk3fTq9Lm2A",
                "https://www.youtube-nocookie.com/embed/Xk3fTq9Lm2A?autoplay=1"),
            video);
    }

    [Theory]
    [InlineData("title: The surge\ndescription: The sea tops the wall.\nposter: images/surge.svg")]
    [InlineData("title: The surge\ndescription: The sea tops the wall.\ndate: 2026-10-22")]
    [InlineData("title: The surge\nposter: images/surge.svg\ndate: 2026-10-22")]
    [InlineData("description: The sea tops the wall.\nposter: images/surge.svg\ndate: 2026-10-22")]
    public void A_video_missing_any_of_them_gets_no_description_at_all(string fields)
    {
        Assert.Empty(VideosOf($"::: embed https://youtu.be/Xk3fTq9Lm2A\n{fields}\n:::"));
    }

    [Fact]
    public void Other_embeds_are_never_videos_in_structured_data()
    {
        Assert.Empty(VideosOf(
            "::: embed https://x.com/a/status/1\ntitle: The surge\ndescription: The sea tops the wall.\nposter: images/surge.svg\ndate: 2026-10-22\n:::"));
    }
}
