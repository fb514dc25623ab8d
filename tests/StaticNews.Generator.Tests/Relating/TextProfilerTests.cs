using StaticNews.Generator.Relating;

namespace StaticNews.Generator.Tests.Relating;

public sealed class TextProfilerTests
{
    private static string[] Terms(string body) => new TextProfiler().Profile("", null, body).Terms.Select(t => t.Term).ToArray();

    private static string[] Entities(string title, string body) => new TextProfiler().Profile(title, null, body).Entities.Select(t => t.Term).ToArray();

    [Fact]
    public void Stop_words_numbers_and_short_words_are_dropped_and_forms_of_a_word_meet()
    {
        var terms = Terms("The river flooded, the rivers flood and it was flooding again in 2026, officials said.");

        Assert.Equal(["flood", "river", "official"], terms);
    }

    [Theory]
    [InlineData("strikes", "strik")]
    [InlineData("striking", "strik")]
    [InlineData("stopped", "stop")]
    [InlineData("called", "call")]
    [InlineData("studies", "study")]
    [InlineData("boxes", "box")]
    [InlineData("glass", "glass")]
    [InlineData("bus", "bus")]
    public void The_stemmer_maps_forms_of_one_word_together(string word, string stem) => Assert.Equal(stem, Stemmer.Stem(word));

    [Fact]
    public void Capitalised_phrases_are_names_but_a_lone_capital_starting_a_sentence_is_not()
    {
        var entities = Entities("", "Police said the Bank of Vestria would help. Later, Helena Marsh's office in Port Castell agreed with the Bank of Vestria.");

        Assert.Equal(["bank of vestria", "helena marsh", "port castell"], entities);
    }

    [Fact]
    public void Headline_words_count_more_than_body_words()
    {
        var profile = new TextProfiler().Profile("Harbour strike", "Dockers walk out", "The harbour strike began with dockers and cranes.");

        Assert.Equal(["harbour", "strik", "docker", "walk", "began", "cran"], profile.Terms.Select(t => t.Term));
        Assert.InRange(profile.Terms[0].Count, TextProfiler.TitleWeight + TextProfiler.TailWeight, TextProfiler.TitleWeight + 1);
    }

    [Fact]
    public void A_word_in_the_lead_of_the_body_counts_more_than_the_same_word_at_its_tail()
    {
        // Given a round-up that opens with the harbour and mentions cranes only in its last line
        var body = "Harbour boats sailed on time across the bay today while painters worked along the quay. " +
            "Passengers praised the new timetable and the cafe on the pier. Elsewhere, cranes.";

        // When
        var profile = new TextProfiler().Profile("", null, body);

        // Then
        var counts = profile.Terms.ToDictionary(t => t.Term, t => t.Count);
        Assert.Equal(1f, counts["harbour"]);
        Assert.True(counts["cran"] < counts["harbour"]);
        Assert.InRange(counts["cran"], TextProfiler.TailWeight, TextProfiler.TailWeight + 0.05f);
    }

    [Fact]
    public void A_Title_Case_headline_gives_no_names()
    {
        Assert.Empty(Entities("Dockers Walk Out Over Cranes At Harbour", ""));
        Assert.Equal(["castell"], Entities("Dockers walk out over cranes at Castell", ""));
    }

    [Fact]
    public void An_article_gets_the_same_profile_whatever_was_profiled_before_it()
    {
        // Given a profiler that has just read a huge article and a short one
        const string title = "Bank of Vestria raises rates";
        const string body = "The Bank of Vestria said rates would rise. Helena Marsh's office in Port Castell agreed.";
        var expected = new TextProfiler().Profile(title, null, body);
        var profiler = new TextProfiler();
        var huge = string.Join(" ", Enumerable.Range(0, 20_000).Select(i => $"Word{i} Name{i % 700} studies"));
        profiler.Profile("Huge", "Many words", huge);
        profiler.Profile("Short", null, "Dockers walk out.");

        // When
        var profile = profiler.Profile(title, null, body);

        // Then
        Assert.Equal(expected.Terms, profile.Terms);
        Assert.Equal(expected.Entities, profile.Entities);
    }
}
