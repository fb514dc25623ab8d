using StaticNews.Generator.Rendering;
using StaticNews.Model;

namespace StaticNews.Generator.Tests.Rendering;

public sealed class IndexPagesTests
{
    [Fact]
    public void Topics_are_grouped_by_first_letter_without_accents_and_sorted_in_the_site_language()
    {
        // Given a French site whose topics start with accented letters and a digit
        var site = SiteWith("fr-FR", "Zoo", "été", "Économie", "eau", "2026 : élections");

        // When
        var page = IndexPages.Topics(site, Counts(site));

        // Then
        Assert.Equal(["#", "E", "Z"], page.Groups.Select(g => g.Letter));
        Assert.Equal(["eau", "Économie", "été"], page.Groups[1].Topics.Select(t => t.Tag.Name));
        Assert.Equal(["topics-other", "topics-e", "topics-z"], page.Groups.Select(g => g.Anchor));
    }

    [Fact]
    public void Topics_in_another_script_follow_that_alphabet_and_get_ascii_anchors()
    {
        // Given a Greek site
        var site = SiteWith("el-GR", "Ωκεανός", "πολιτική", "Άθληση", "βουλή");

        // When
        var page = IndexPages.Topics(site, Counts(site));

        // Then
        Assert.Equal(["Α", "Β", "Π", "Ω"], page.Groups.Select(g => g.Letter));
        Assert.Equal("topics-u03a0", page.Groups[2].Anchor);
    }

    [Fact]
    public void Each_topic_and_person_counts_the_published_stories_that_carry_it()
    {
        // Given two stories on one topic by one author, one of them also by a second author
        var ana = new Author("ana", "Ana Lima", "Reporter", null, "/authors/ana/");
        var ben = new Author("ben", "Ben Okoro", null, null, "/authors/ben/");
        var storms = new Tag("storms", "Storms", "/tags/storms/");
        var site = SiteWith("en-GB") with
        {
            Articles = [Story("a", [ana], [storms]), Story("b", [ana, ben], [storms])],
            Authors = [ben, ana],
            Tags = [storms],
        };

        // When
        var topics = IndexPages.Topics(site, Counts(site));
        var people = IndexPages.People(site, site.Articles.SelectMany(a => a.Authors, (a, au) => (au.Slug, a)).ToLookup(x => x.Slug, x => x.a));

        // Then
        Assert.Equal(2, topics.Groups.Single().Topics.Single().Stories);
        Assert.Equal([("Ana Lima", 2), ("Ben Okoro", 1)], people.People.Select(p => (p.Author.Name, p.Stories)));
    }

    private static ILookup<string, Article> Counts(Site site) =>
        site.Articles.SelectMany(a => a.Tags, (a, tag) => (tag.Slug, a)).ToLookup(x => x.Slug, x => x.a);

    private static Article Story(string slug, List<Author> authors, List<Tag> tags) => new()
    {
        Slug = slug, Title = slug, PublishedAt = DateTimeOffset.UnixEpoch, Section = new Section("world", "World", null, "/world/"),
        ReadTimeMinutes = 1, Authors = authors, Tags = tags, BodyHtml = "", Url = $"/world/{slug}/", SourcePath = slug + ".md",
    };

    private static Site SiteWith(string language, params string[] tagNames) => new()
    {
        Config = new SiteConfig
        {
            Name = "t", BaseUrl = new Uri("https://t.example/"), Language = language, TimeZone = TimeZoneInfo.Utc,
            Sections = [new Section("world", "World", null, "/world/")],
        },
        Articles = [],
        Authors = [],
        Tags = tagNames.Select((name, i) => new Tag($"t{i}", name, $"/tags/t{i}/")).ToList(),
    };
}
