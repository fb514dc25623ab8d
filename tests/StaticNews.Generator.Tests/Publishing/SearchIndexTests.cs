using System.Text.Json;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Publishing;

public sealed class SearchIndexTests
{
    [Fact]
    public async Task The_search_index_holds_headline_summary_section_tags_date_and_url_of_each_published_article()
    {
        // Given the scheduled fixture at 10 May, with two published stories
        using var site = new FixtureSite(RepositoryPaths.Fixture("valid", "scheduled", "input"));

        // When
        await site.BuildAsync(o => o with { Now = new DateTimeOffset(2026, 5, 10, 12, 0, 0, TimeSpan.Zero) });
        var entries = JsonDocument.Parse(site.ReadOutput("search/index.json")).RootElement.EnumerateArray().ToList();

        // Then
        Assert.Equal(["Harbour news for the week", "Summer ferry timetable published"], entries.Select(e => e.GetProperty("headline").GetString()));
        var first = entries[0];
        Assert.Equal("What happened on the quays.", first.GetProperty("summary").GetString());
        Assert.Equal("World", first.GetProperty("section").GetString());
        Assert.Equal(["harbour"], first.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("2026-05-02T09:00:00Z", first.GetProperty("date").GetString());
        Assert.Equal("/world/harbour-news/", first.GetProperty("url").GetString());
        Assert.Equal(2, entries.Select(e => e.GetProperty("id").GetInt32()).Distinct().Count());
    }
}
