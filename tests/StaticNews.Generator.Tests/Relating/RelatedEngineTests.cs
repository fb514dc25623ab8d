using StaticNews.Generator.Relating;
using StaticNews.Model;
using static StaticNews.Generator.Tests.Relating.Newsroom;

namespace StaticNews.Generator.Tests.Relating;

public sealed class RelatedEngineTests
{
    [Fact]
    public void Stories_sharing_rare_words_of_the_body_rank_first()
    {
        var newsroom = new Newsroom()
            .Story("flood", 0, "The estuary levee breached and seawater flooded the marshland.", Science)
            .Story("levee", 1, "Engineers inspect the breached levee on the estuary marshland.", Sport)
            .Story("concert", 1, "An orchestra played a concert of symphonies.", Sport)
            .Story("levee-repair", 2, "A contractor repairs the levee.", Sport);

        Assert.Equal(["levee", "levee-repair"], newsroom.Explore("flood"));
        Assert.True(newsroom.Candidate("flood", "levee").ShareOf(Signal.Text) > 0.9);
    }

    [Fact]
    public void Stories_naming_the_same_people_and_places_rank_first()
    {
        var newsroom = new Newsroom()
            .Story("visit", 0, "Yesterday Helena Marsh met officials in Port Castell.")
            .Story("speech", 5, "Later that month Helena Marsh spoke in Port Castell.", Sport)
            .Story("other", 1, "Later that month Jonas Veldt spoke in Skarvik harbour.", Sport);

        Assert.Equal(["speech"], newsroom.Explore("visit"));
        Assert.True(newsroom.Candidate("visit", "speech").ShareOf(Signal.Entities) > 0.3);
    }

    [Fact]
    public void Stories_sharing_more_tags_rank_higher_and_an_article_never_relates_to_itself()
    {
        var newsroom = new Newsroom()
            .Story("flood", 0, tags: ["storms", "coast"])
            .Story("two-shared", 1, tags: ["storms", "coast"])
            .Story("one-shared", 1, tags: ["storms"])
            .Story("unrelated", 1, section: Sport, tags: ["football"]);

        var related = newsroom.Relate();

        Assert.Equal(["two-shared", "one-shared"], newsroom.Explore("flood"));
        Assert.All(related, kv => Assert.DoesNotContain(kv.Key, kv.Value.Explore.Concat(kv.Value.Latest).Select(a => a.Slug)));
    }

    [Fact]
    public void A_shared_author_counts_but_less_than_the_subject()
    {
        var newsroom = new Newsroom()
            .Story("flood", 0, tags: ["storms"], authors: ["ana"], section: Science)
            .Story("same-author", 1, authors: ["ana"], section: Sport)
            .Story("same-topic", 1, tags: ["storms"], section: Sport)
            .Story("stranger", 1, authors: ["ben"], section: Sport);

        Assert.Equal(["same-topic", "same-author"], newsroom.Explore("flood"));
        Assert.Equal(1, newsroom.Candidate("flood", "same-author").ShareOf(Signal.Authors), 3);
    }

    [Fact]
    public void The_same_section_breaks_the_tie_between_equally_similar_stories()
    {
        var newsroom = new Newsroom()
            .Story("flood", 0, tags: ["storms"], section: World)
            .Story("a-other-section", 1, tags: ["storms"], section: Sport)
            .Story("b-same-section", 1, tags: ["storms"], section: World);

        Assert.Equal(["b-same-section", "a-other-section"], newsroom.Explore("flood"));
        Assert.True(newsroom.Candidate("flood", "b-same-section").ShareOf(Signal.Section) > 0);
    }

    [Fact]
    public void Closer_stories_win_among_equal_topics_with_the_configured_half_life_and_ties_break_by_date_then_slug()
    {
        var newsroom = new Newsroom { Settings = new() { LatestCount = 0, HalfLifeDays = 30 } }
            .Story("flood", 0, tags: ["storms"])
            .Story("b-same-day", 1, tags: ["storms"])
            .Story("a-same-day", 1, tags: ["storms"])
            .Story("months-later", 200, tags: ["storms"]);

        Assert.Equal(["a-same-day", "b-same-day", "months-later"], newsroom.Explore("flood"));
        Assert.Equal(Math.Pow(0.5, 1.0 / 30), newsroom.Candidate("flood", "b-same-day").Recency, 6);
        Assert.Equal(Math.Pow(0.5, 200.0 / 30), newsroom.Candidate("flood", "months-later").Recency, 6);
    }

    [Fact]
    public void A_tag_or_word_on_more_than_the_common_share_of_the_archive_carries_no_weight()
    {
        // Given "news" on every story, and 40 stories in all (above the floor of 10)
        var newsroom = new Newsroom()
            .Story("flood", 0, "harbour news", tags: ["news", "storms"])
            .Story("storm-follow-up", 1, "harbour", tags: ["news", "storms"])
            .Story("only-news", 1, "news", tags: ["news"])
            .Filler(37, "news", tags: ["news"]);

        var onlyCommon = new RelatedEngine().Explain(newsroom.Site(), "flood")!.Candidates.Where(c => c.Article.Slug != "storm-follow-up");

        Assert.Equal("storm-follow-up", newsroom.Explore("flood")[0]);
        Assert.All(onlyCommon, c => Assert.Equal(0, c.Contributions[(int)Signal.Tags] + c.Contributions[(int)Signal.Text]));
    }

    [Fact]
    public void Editor_pins_come_first_in_their_order()
    {
        var newsroom = new Newsroom()
            .Story("flood", 0, tags: ["storms"], pins: ["football-final", "old-news"])
            .Story("storm-follow-up", 1, tags: ["storms"])
            .Story("football-final", 2, section: Sport)
            .Story("old-news", -300, section: Sport);

        Assert.Equal(["football-final", "old-news", "storm-follow-up"], newsroom.Explore("flood"));
    }

    [Fact]
    public void Excluded_stories_never_appear_even_when_they_score_best_or_are_pinned()
    {
        var newsroom = new Newsroom()
            .Story("flood", 0, tags: ["storms"], pins: ["pinned-but-excluded"], excludes: ["best-match", "pinned-but-excluded"])
            .Story("best-match", 1, tags: ["storms"])
            .Story("pinned-but-excluded", 1, tags: ["storms"])
            .Story("second-match", 2, tags: ["storms"]);

        Assert.Equal(["second-match"], newsroom.Explore("flood"));
    }

    [Fact]
    public void Drafts_are_never_related_even_when_pinned()
    {
        var newsroom = new Newsroom()
            .Story("flood", 0, tags: ["storms"], pins: ["secret"])
            .Story("secret", 1, tags: ["storms"], draft: true);

        Assert.Empty(newsroom.Explore("flood"));
    }

    [Fact]
    public void One_section_does_not_fill_explore_when_another_scores_close()
    {
        // Given four sport stories slightly closer than a world story, and at most three per section
        var newsroom = new Newsroom { ExploreCount = 4, Settings = new() { LatestCount = 0, MaxPerSection = 3, Weights = new() { Section = 0.02 } } }
            .Story("final", 0, tags: ["cup"], section: Sport)
            .Story("s1", 1, tags: ["cup"], section: Sport)
            .Story("s2", 2, tags: ["cup"], section: Sport)
            .Story("s3", 3, tags: ["cup"], section: Sport)
            .Story("s4", 4, tags: ["cup"], section: Sport)
            .Story("world-close", 5, tags: ["cup"], section: World);

        Assert.Equal(["s1", "s2", "s3", "world-close"], newsroom.Explore("final"));
    }

    [Fact]
    public void A_section_keeps_the_slot_when_the_other_sections_score_far_lower()
    {
        var newsroom = new Newsroom { ExploreCount = 4, Settings = new() { LatestCount = 0, MaxPerSection = 3 } }
            .Story("final", 0, "penalty shootout goalkeeper", tags: ["cup"], section: Sport)
            .Story("s1", 1, "penalty shootout goalkeeper", tags: ["cup"], section: Sport)
            .Story("s2", 2, "penalty shootout goalkeeper", tags: ["cup"], section: Sport)
            .Story("s3", 3, "penalty shootout goalkeeper", tags: ["cup"], section: Sport)
            .Story("s4", 4, "penalty shootout goalkeeper", tags: ["cup"], section: Sport)
            .Story("world-far", 5, tags: ["cup"], section: World);

        Assert.Equal(["s1", "s2", "s3", "s4"], newsroom.Explore("final"));
    }

    [Fact]
    public void Latest_on_this_story_holds_newer_close_matches_newest_first_and_explore_does_not_repeat_them()
    {
        var newsroom = new Newsroom { ExploreCount = 5, Settings = new() { LatestCount = 2, LatestMinSimilarity = 0.05 } }
            .Story("strike-called", 0, "Dockers at Castell port strike over automation.", tags: ["port-strike"])
            .Story("earlier-vote", -5, "Dockers at Castell port vote on a strike over automation.", tags: ["port-strike"])
            .Story("strike-talks", 3, "Castell port strike talks over automation stall.", tags: ["port-strike"])
            .Story("strike-ends", 9, "The Castell port strike over automation ends.", tags: ["port-strike"])
            .Story("strike-weeks-on", 20, "Castell port strike: dockers count the cost of automation.", tags: ["port-strike"])
            .Story("loosely-newer", 4, "A port somewhere.", section: Sport);

        var latest = newsroom.Latest("strike-called");
        var explore = newsroom.Explore("strike-called");

        Assert.Equal(2, latest.Length);
        Assert.All(latest, slug => Assert.Contains(slug, new[] { "strike-talks", "strike-ends", "strike-weeks-on" }));
        Assert.True(string.CompareOrdinal(latest[0], latest[1]) != 0);
        Assert.DoesNotContain("loosely-newer", latest);
        Assert.Empty(explore.Intersect(latest));
        Assert.Contains("earlier-vote", explore);
        Assert.Empty(newsroom.Latest("strike-weeks-on"));
    }

    [Fact]
    public void The_same_input_gives_the_same_blocks()
    {
        var newsroom = new Newsroom { ExploreCount = 5, Settings = new() { LatestCount = 2 } };
        for (var i = 0; i < 60; i++)
            newsroom.Story($"s{i:00}", i % 7, $"Harbour {(i % 3 == 0 ? "storm" : "strike")} number {i % 5} in Port Castell.", tags: [$"t{i % 4}"]);

        var first = newsroom.Relate();
        var second = newsroom.Relate();

        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, kv => Assert.Equal(
            kv.Value.Explore.Concat(kv.Value.Latest).Select(a => a.Slug),
            second[kv.Key].Explore.Concat(second[kv.Key].Latest).Select(a => a.Slug)));
    }

    [Fact]
    public void The_block_holds_at_most_the_configured_count()
    {
        var newsroom = new Newsroom();
        for (var i = 0; i < 10; i++) newsroom.Story($"s{i}", i, tags: ["storms"]);

        Assert.All(newsroom.Relate().Values, blocks => Assert.True(blocks.Explore.Count <= 3));
    }

    [Fact]
    public void Explain_shows_the_blocks_that_the_build_picks_for_every_article()
    {
        // Given pins, exclusions, a Latest block and a section rule over many similar stories
        var newsroom = new Newsroom { ExploreCount = 4, Settings = new() { LatestCount = 2, LatestMinSimilarity = 0.2, MaxPerSection = 2 } };
        Section[] sections = [World, Sport, Science];
        for (var i = 0; i < 40; i++)
            newsroom.Story($"s{i:00}", i % 9, $"Harbour {(i % 3 == 0 ? "storm" : "strike")} number {i % 5} in Port Castell.", sections[i % 3],
                tags: [$"t{i % 4}"], authors: [$"a{i % 2}"], pins: i % 10 == 0 ? [$"s{(i + 7) % 40:00}"] : null, excludes: i % 6 == 0 ? [$"s{(i + 1) % 40:00}"] : null);

        // When
        var built = newsroom.Relate();

        // Then
        Assert.All(built, kv =>
        {
            var explained = new RelatedEngine().Explain(newsroom.Site(), kv.Key)!;
            Assert.Equal(kv.Value.Explore.Select(a => a.Slug), explained.Explore.Select(c => c.Article.Slug));
            Assert.Equal(kv.Value.Latest.Select(a => a.Slug), explained.Latest.Select(c => c.Article.Slug));
        });
    }

    [Fact]
    public void An_author_listed_twice_is_matched_once()
    {
        // Given
        var newsroom = new Newsroom()
            .Story("flood", 0, authors: ["ana", "ana"])
            .Story("storm", 1, authors: ["ana"], section: Sport);

        // When
        var candidate = newsroom.Candidate("storm", "flood");

        // Then: one match of ana's weight on "storm" (1) with one of the two on "flood" (1/sqrt 2)
        Assert.Equal(new RelatedWeights().Authors * Math.Sqrt(0.5), candidate.Contributions[(int)Signal.Authors], 6);
    }

    [Fact]
    public void A_newer_story_that_shares_only_the_desk_tags_and_authors_is_not_latest_on_this_story()
    {
        // Given two different sport events a day apart: same section, tag and reporter, no shared words or names
        var newsroom = new Newsroom { ExploreCount = 3, Settings = new() { LatestCount = 3 } }
            .Story("cup-final", 0, "Athletic beat Rovers in the cup final after extra time.", section: Sport, tags: ["football"], authors: ["desk"])
            .Story("marathon", 1, "Runners crossed the bridge twice on the new marathon course.", section: Sport, tags: ["football"], authors: ["desk"])
            .Filler(12);

        // When
        var latest = newsroom.Latest("cup-final");

        // Then
        Assert.Empty(latest);
        Assert.Contains("marathon", newsroom.Explore("cup-final"));
    }

    [Fact]
    public void A_follow_up_counts_less_for_latest_the_longer_after_the_story_it_came()
    {
        // Given the same follow-up two days and a year after the story
        var soon = new Newsroom { Settings = new() { LatestCount = 3, LatestMinSimilarity = 0.1 } }
            .Story("strike-called", 0, "Dockers at Castell port strike over automation.")
            .Story("strike-ends", 2, "The Castell port strike over automation ends.")
            .Filler(12);
        var late = new Newsroom { Settings = new() { LatestCount = 3, LatestMinSimilarity = 0.1 } }
            .Story("strike-called", 0, "Dockers at Castell port strike over automation.")
            .Story("strike-ends", 365, "The Castell port strike over automation ends.")
            .Filler(12);

        // When
        var soonLatest = soon.Latest("strike-called");
        var lateLatest = late.Latest("strike-called");

        // Then
        Assert.Equal(["strike-ends"], soonLatest);
        Assert.Empty(lateLatest);
    }

    [Fact]
    public void In_a_one_line_story_a_single_shared_name_counts_less()
    {
        // Given two one-line stories about different events whose only name is the same minister
        var newsroom = new Newsroom()
            .Story("budget", 0, "Helena Marsh sets out the budget.")
            .Story("festival", 1, "Helena Marsh opens the festival.")
            .Filler(12);

        // When
        var shortPair = newsroom.Candidate("festival", "budget");

        // Then the name, all the names either has, brings well under the names weight (0.3) it would bring in long texts
        Assert.InRange(shortPair.Contributions[(int)Signal.Entities], 0.001, 0.3 * 0.5);
    }
}

