using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Markdown;

namespace StaticNews.Generator.Tests.Markdown.StoryElements;

public sealed class StoryElementRenderingTests
{
    private readonly DiagnosticBag diagnostics = new();

    private string Render(string markdown, params string[] embedHosts)
    {
        var pipeline = ArticleMarkdown.CreatePipeline();
        var targets = new Dictionary<string, LinkTarget>
        {
            ["port-fees-rise"] = new("/news/business/port-fees-rise/", "Port fees rise by a fifth", "/news/images/fees.svg", "2026-03-18T09:30:00+00:00", "18 March 2026"),
        };
        var renderer = new BodyRenderer(pipeline, targets, "/news/", path => path.StartsWith("images/", StringComparison.Ordinal), diagnostics)
        {
            EmbedHosts = embedHosts.ToHashSet(),
        };
        return renderer.Render(Markdig.Markdown.Parse(markdown, pipeline), "input/a.md");
    }

    private IReadOnlyList<Diagnostic> Errors => diagnostics.ToSortedList();

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=Xk3fTq9Lm2A&t=30s", "https://www.youtube-nocookie.com/embed/Xk3fTq9Lm2A?autoplay=1")]
    [InlineData("https://youtu.be/Xk3fTq9Lm2A", "https://www.youtube-nocookie.com/embed/Xk3fTq9Lm2A?autoplay=1")]
    [InlineData("https://www.youtube.com/shorts/Xk3fTq9Lm2A", "https://www.youtube-nocookie.com/embed/Xk3fTq9Lm2A?autoplay=1")]
    [InlineData("https://vimeo.com/912345678", "https://player.vimeo.com/video/912345678?dnt=1&amp;autoplay=1")]
    [InlineData("https://twitter.com/VestriaCoastal/status/1849123456789012345", "https://platform.twitter.com/embed/Tweet.html?id=1849123456789012345&amp;dnt=true")]
    [InlineData("https://bsky.app/profile/saltmere.bsky.social/post/3l7abcdefgh2k", "https://embed.bsky.app/embed/saltmere.bsky.social/app.bsky.feed.post/3l7abcdefgh2k")]
    [InlineData("https://www.instagram.com/reel/DBx7Qk2Nf3a/", "https://www.instagram.com/reel/DBx7Qk2Nf3a/embed/")]
    [InlineData("https://www.tiktok.com/@saltmerelocal/video/7431234567890123456", "https://www.tiktok.com/embed/v2/7431234567890123456")]
    [InlineData("https://www.facebook.com/watch/?v=1234567890", "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fwatch%2F%3Fv%3D1234567890")]
    [InlineData("https://www.datawrapper.de/_/Ab3dE/", "https://datawrapper.dwcdn.net/Ab3dE/")]
    [InlineData("https://public.flourish.studio/visualisation/19876543/", "https://flo.uri.sh/visualisation/19876543/embed")]
    [InlineData("https://www.openstreetmap.org/export/embed.html?bbox=-3.46,56.02,-3.36,56.07", "https://www.openstreetmap.org/export/embed.html?bbox=-3.46,56.02,-3.36,56.07&amp;layer=mapnik")]
    [InlineData("https://soundcloud.com/harbour-courier/night-on-the-quay", "https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fharbour-courier%2Fnight-on-the-quay&amp;auto_play=true")]
    [InlineData("https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk", "https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk")]
    [InlineData("https://www.documentcloud.org/documents/24123456-flood-warning", "https://embed.documentcloud.org/documents/24123456-flood-warning/?embed=1")]
    [InlineData("https://media.example.org/audio/radio.mp3", "https://media.example.org/audio/radio.mp3")]
    public void The_url_an_editor_pastes_becomes_the_providers_embed_address_loaded_only_on_click(string pasted, string frame)
    {
        // Given
        var markdown = $"::: embed {pasted}\ntitle: Night on the quay\n:::";

        // When
        var html = Render(markdown);

        // Then
        Assert.Empty(Errors);
        Assert.Contains($"data-embed-src=\"{frame}\"", html);
        Assert.DoesNotContain("<iframe", html);
        Assert.DoesNotContain(" src=\"https:", html);
    }

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=Xk3fTq9Lm2A\"onload=\"alert(1)")]
    [InlineData("https://www.youtube.com/watch?v=tooshort")]
    [InlineData("https://youtu.be/../../evil")]
    [InlineData("http://www.youtube.com/watch?v=Xk3fTq9Lm2A")]
    [InlineData("https://user:pass@www.youtube.com/watch?v=Xk3fTq9Lm2A")]
    [InlineData("https://x.com/user/status/12\"><script>alert(1)</script>")]
    [InlineData("https://vimeo.com/channels/staffpicks")]
    [InlineData("https://www.openstreetmap.org/#map=16/91.5/-3.4")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    public void A_url_in_no_accepted_form_is_an_error_naming_the_accepted_forms_and_renders_nothing(string pasted)
    {
        // Given
        var markdown = $"Intro.\n\n::: embed {pasted}\n:::";

        // When
        var html = Render(markdown);

        // Then
        var error = Assert.Single(Errors);
        Assert.Equal((Codes.InvalidEmbedUrl, 3, 11), (error.Code, error.Line, error.Column));
        Assert.Contains("https://", error.Message);
        Assert.DoesNotContain("data-embed-src", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void A_page_embed_needs_its_host_in_embed_hosts()
    {
        // Given
        const string markdown = "::: embed https://maps.example.org/flood/\n:::";

        // When
        var refused = Render(markdown);
        var allowed = new StoryElementRenderingTests().Render(markdown, "maps.example.org");

        // Then
        Assert.Equal(Codes.EmbedHostNotAllowed, Assert.Single(Errors).Code);
        Assert.DoesNotContain("data-embed-src", refused);
        Assert.Contains("data-embed-src=\"https://maps.example.org/flood/\"", allowed);
    }

    [Fact]
    public void Every_field_reaches_the_page_encoded()
    {
        // Given
        const string markdown = "::: embed https://youtu.be/Xk3fTq9Lm2A\ntitle: <script>alert(1)</script> \"quoted\"\ncaption: <img src=x onerror=alert(1)>\n:::";

        // When
        var html = Render(markdown);

        // Then
        Assert.Empty(Errors);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot;", html);
    }

    [Fact]
    public void The_facade_links_to_the_original_and_hides_its_button_until_the_script_shows_it()
    {
        var html = Render("::: embed https://youtu.be/Xk3fTq9Lm2A\ntitle: The surge\nposter: images/surge.svg\n:::");

        Assert.Contains("<a class=\"embed__original\" href=\"https://youtu.be/Xk3fTq9Lm2A\">Watch on YouTube</a>", html);
        Assert.Contains("<button type=\"button\" class=\"embed__load\" hidden ", html);
        Assert.Contains("<img class=\"embed__poster\" src=\"/news/images/surge.svg\" alt=\"\" loading=\"lazy\">", html);
    }

    [Fact]
    public void A_poster_that_is_not_in_the_input_folder_is_an_error_at_its_value()
    {
        Render("::: embed https://youtu.be/Xk3fTq9Lm2A\nposter: photos/missing.jpg\n:::");

        var error = Assert.Single(Errors);
        Assert.Equal((Codes.MissingImage, 2, 9), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void A_gallery_shows_each_picture_with_its_caption_and_credit_in_a_focusable_row()
    {
        var html = Render("::: gallery The morning after\nimage: images/a.svg | Quay Street at 7am | Photo desk\nimage: images/b.svg | Boats on the road\n:::");

        Assert.Empty(Errors);
        Assert.Contains("<ul class=\"gallery__list\" tabindex=\"0\">", html);
        Assert.Contains("<img class=\"gallery__picture\" src=\"/news/images/a.svg\" alt=\"Quay Street at 7am\" loading=\"lazy\"><figcaption>Quay Street at 7am <span class=\"gallery__credit\">Photo desk</span>", html);
        Assert.Contains("alt=\"Boats on the road\"", html);
    }

    [Fact]
    public void A_quote_and_a_fact_box_hold_their_markdown()
    {
        var html = Render("::: quote Fergus Tannahill, mayor\nThe sea *kept* coming.\n:::\n\n::: factbox Key facts\n- **1,400** homes\n:::");

        Assert.Empty(Errors);
        Assert.Contains("<blockquote class=\"pull-quote__words\">\n<p>The sea <em>kept</em> coming.</p>\n</blockquote>\n<figcaption class=\"pull-quote__by\">Fergus Tannahill, mayor</figcaption>", html);
        Assert.Contains("<aside class=\"factbox\" aria-label=\"Key facts\">", html);
        Assert.Contains("<li><strong>1,400</strong> homes</li>", html);
    }

    [Fact]
    public void A_timeline_entry_with_an_iso_date_is_a_machine_readable_time()
    {
        var html = Render("::: timeline\n2026-10-21: Warning issued.\n11pm: Water over the wall.\n:::");

        Assert.Empty(Errors);
        Assert.Contains("<time class=\"timeline__when\" datetime=\"2026-10-21\">2026-10-21</time> <span class=\"timeline__what\">Warning issued.</span>", html);
        Assert.Contains("<span class=\"timeline__when\">11pm</span>", html);
    }

    [Fact]
    public void A_story_card_shows_the_articles_picture_headline_and_date_and_links_to_it()
    {
        var html = Render("::: story port-fees-rise\n:::");

        Assert.Empty(Errors);
        Assert.Contains("<a class=\"story-card__link\" href=\"/news/business/port-fees-rise/\"><img class=\"story-card__picture\" src=\"/news/images/fees.svg\" alt=\"\" loading=\"lazy\">", html);
        Assert.Contains("<span class=\"story-card__headline\">Port fees rise by a fifth</span> <time class=\"story-card__date\" datetime=\"2026-03-18T09:30:00+00:00\">18 March 2026</time></a>", html);
    }

    [Fact]
    public void A_story_card_for_an_unknown_slug_is_an_error_at_the_slug()
    {
        Render("Intro.\n\n::: story no-such-story\n:::");

        var error = Assert.Single(Errors);
        Assert.Equal((Codes.UnknownXref, 3, 11), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void A_table_of_contents_lists_the_subheads_with_their_anchors()
    {
        var html = Render("::: toc\n:::\n\n## How it began\n\nText.\n\n## What *comes* next\n");

        Assert.Contains("<nav class=\"toc\" aria-label=\"In this story\">", html);
        Assert.Contains("<li><a href=\"#how-it-began\">How it began</a></li>", html);
        Assert.Contains("<li><a href=\"#what-comes-next\">What comes next</a></li>", html);
    }

    [Fact]
    public void Three_colons_inside_a_code_block_are_code()
    {
        var html = Render("```\n::: embed https://example.org/\n```");

        Assert.Empty(Errors);
        Assert.Contains("<pre><code>::: embed https://example.org/", html);
    }
}
