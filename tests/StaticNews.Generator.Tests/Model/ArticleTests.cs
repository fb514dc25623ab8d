using StaticNews.Model;

namespace StaticNews.Generator.Tests.Model;

public sealed class ArticleTests
{
    private static readonly DateTimeOffset Published = new(2026, 3, 18, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(null, new int[0], 0)]
    [InlineData(5, new int[0], 5)]
    [InlineData(5, new[] { 2, 9, 3 }, 9)]
    [InlineData(-3, new[] { -1 }, 0)]
    [InlineData(null, new[] { 4 }, 4)]
    public void The_last_change_is_the_latest_of_publication_update_and_corrections(int? updatedHours, int[] correctionHours, int expectedHours)
    {
        // Given
        var article = Story() with
        {
            UpdatedAt = updatedHours is { } hours ? Published.AddHours(hours) : null,
            Corrections = correctionHours.Select(h => new Correction(Published.AddHours(h), "fixed")).ToList(),
        };

        // When
        var modified = article.ModifiedAt;

        // Then
        Assert.Equal(Published.AddHours(expectedHours), modified);
    }

    [Fact]
    public void Of_equal_instants_the_last_change_keeps_the_first_correction_offset()
    {
        // Given the update and a correction at one instant, written in different offsets
        var correction = new DateTimeOffset(2026, 3, 18, 11, 0, 0, TimeSpan.FromHours(2));
        var article = Story() with { UpdatedAt = correction.ToUniversalTime(), Corrections = [new Correction(correction, "fixed")] };

        // When
        var modified = article.ModifiedAt;

        // Then
        Assert.Equal(TimeSpan.FromHours(2), modified.Offset);
    }

    private static Article Story() => new()
    {
        Slug = "s", Title = "S", PublishedAt = Published, Section = new Section("world", "World", null, "/world/"),
        ReadTimeMinutes = 1, Authors = [], Tags = [], BodyHtml = "", Url = "/world/s/", SourcePath = "world/s.md",
    };
}
