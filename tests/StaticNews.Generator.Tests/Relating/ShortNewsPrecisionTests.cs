using StaticNews.Bench;
using StaticNews.Corpus;
using StaticNews.Generator.Relating;
using StaticNews.Model;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Relating;

/// <summary>
/// Relevance on the short-news corpus (one- or two-sentence stories whose people and places recur across events), the
/// same one docs/benchmarks.md reports: "Latest on this story" must stay within the event, and Explore must beat
/// a plain TF-IDF cosine.
/// </summary>
public sealed class ShortNewsPrecisionTests : IClassFixture<ShortNewsPrecisionTests.ShortNews>
{
    private readonly ShortNews corpus;

    public ShortNewsPrecisionTests(ShortNews corpus) => this.corpus = corpus;

    [Fact]
    public void Latest_on_this_story_stays_within_the_event_on_short_name_sharing_news()
    {
        // Given the short-news corpus with the default settings
        // When
        var (precision, links) = Precision.OfLatest(new RelatedEngine().FindAll(corpus.Site), corpus.Stories);

        // Then
        Assert.True(links > 1000, $"only {links} Latest links: a bar met by showing nothing proves nothing");
        Assert.True(precision >= 0.95, $"Latest precision {precision:0.000} is below 0.95");
    }

    [Fact]
    public void Explore_is_ahead_of_a_plain_tf_idf_cosine_on_short_name_sharing_news()
    {
        // Given Explore alone, as the baseline has no Latest block
        var site = corpus.Site with { Config = corpus.Site.Config with { Related = corpus.Site.Config.Related with { LatestCount = 0 } } };

        // When
        var engine = Precision.AtK(new RelatedEngine().FindAll(site), corpus.Stories, 5, r => r.Explore, 6);
        var tfIdf = Precision.AtK(new PlainTfIdfFinder().FindAll(site), corpus.Stories, 5, r => r.Explore, 6);

        // Then
        Assert.True(engine > tfIdf + 0.1, $"engine {engine:0.000}, plain TF-IDF {tfIdf:0.000}");
    }

    public sealed class ShortNews : IDisposable
    {
        private readonly TempFolder temp = new();

        public ShortNews()
        {
            var input = temp.Combine("input");
            CorpusWriter.Write(new ShortNewsGenerator(events: 200, seed: 1), input);
            Site = CorpusSite.Build(input);
            Stories = CorpusWriter.ReadStories(input);
        }

        public Site Site { get; }
        public IReadOnlyDictionary<string, int> Stories { get; }

        public void Dispose() => temp.Dispose();
    }
}
