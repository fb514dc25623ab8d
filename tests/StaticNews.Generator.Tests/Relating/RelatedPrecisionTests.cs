using StaticNews.Bench;
using StaticNews.Corpus;
using StaticNews.Generator.Relating;
using StaticNews.Model;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Relating;

/// <summary>
/// Relevance on a small generated archive with planted stories: the engine's Explore block must stay within the
/// story, and the tags-only baseline must fail the same bar, so the bar really tells a good engine from a bad one.
/// </summary>
public sealed class RelatedPrecisionTests : IClassFixture<RelatedPrecisionTests.SmallCorpus>
{
    private const double Bar = 0.9;
    private readonly SmallCorpus corpus;

    public RelatedPrecisionTests(SmallCorpus corpus) => this.corpus = corpus;

    [Fact]
    public void The_engine_keeps_explore_within_the_planted_story()
    {
        var precision = corpus.PrecisionOf(new RelatedEngine());

        Assert.True(precision >= Bar, $"precision@5 {precision:0.000} is below {Bar}");
    }

    [Fact]
    public void A_tags_only_engine_fails_the_same_bar()
    {
        var precision = corpus.PrecisionOf(new TagsOnlyFinder());

        Assert.True(precision < Bar - 0.3, $"precision@5 {precision:0.000} of the baseline is too close to the bar to prove anything");
    }

    public sealed class SmallCorpus : IDisposable
    {
        private readonly TempFolder temp = new();
        private readonly Site site;
        private readonly IReadOnlyDictionary<string, int> stories;

        public SmallCorpus()
        {
            var input = temp.Combine("input");
            CorpusWriter.Write(new CorpusGenerator(new CorpusOptions { Articles = 800, Seed = 7 }), input);
            var built = CorpusSite.Build(input);
            site = built with { Config = built.Config with { Related = built.Config.Related with { LatestCount = 0 } } };
            stories = CorpusWriter.ReadStories(input);
        }

        public double PrecisionOf(IRelatedArticlesFinder finder) => Precision.AtK(finder.FindAll(site), stories, 5, r => r.Explore, 6);

        public void Dispose() => temp.Dispose();
    }
}
