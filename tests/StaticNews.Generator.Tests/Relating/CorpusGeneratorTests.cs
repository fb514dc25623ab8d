using StaticNews.Corpus;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Relating;

public sealed class CorpusGeneratorTests
{
    [Fact]
    public void The_same_seed_writes_the_same_corpus_byte_for_byte_and_another_seed_does_not()
    {
        using var temp = new TempFolder();
        CorpusWriter.Write(new CorpusGenerator(new CorpusOptions { Articles = 120, Seed = 3 }), temp.Combine("a"));
        CorpusWriter.Write(new CorpusGenerator(new CorpusOptions { Articles = 120, Seed = 3 }), temp.Combine("b"));
        CorpusWriter.Write(new CorpusGenerator(new CorpusOptions { Articles = 120, Seed = 4 }), temp.Combine("c"));

        Assert.Equal(FolderSnapshot.Of(temp.Combine("a")), FolderSnapshot.Of(temp.Combine("b")));
        Assert.NotEqual(FolderSnapshot.Of(temp.Combine("a")), FolderSnapshot.Of(temp.Combine("c")));
    }

    [Fact]
    public void Stories_are_planted_in_groups_spread_over_time_with_some_articles_standing_alone()
    {
        var articles = new CorpusGenerator(new CorpusOptions { Articles = 1000, Seed = 1 }).Articles().ToList();

        var groups = articles.Where(a => a.Story is not null).GroupBy(a => a.Story).ToList();
        Assert.InRange(articles.Count(a => a.Story is null), 250, 350);
        Assert.All(groups.SkipLast(1), g => Assert.InRange(g.Count(), 6, 14));
        Assert.Contains(groups, g => (g.Max(a => a.PublishedAt) - g.Min(a => a.PublishedAt)).TotalDays > 14);
        Assert.Equal(articles.Count, articles.Select(a => a.Slug).Distinct().Count());
        Assert.Equal(articles.OrderBy(a => a.PublishedAt).Select(a => a.Slug), articles.Select(a => a.Slug));
    }

    [Fact]
    public void Tags_are_noisy_some_articles_have_none_and_articles_of_one_story_carry_different_tags()
    {
        var articles = new CorpusGenerator(new CorpusOptions { Articles = 1000, Seed = 1 }).Articles().ToList();

        Assert.InRange(articles.Count(a => a.Tags.Count == 0), 100, 250);
        var story = articles.Where(a => a.Story is not null).GroupBy(a => a.Story).First(g => g.Count() >= 6);
        Assert.True(story.Select(a => a.Tags.ToHashSet()).Distinct(HashSet<string>.CreateSetComparer()).Count() > 1);
    }
}
