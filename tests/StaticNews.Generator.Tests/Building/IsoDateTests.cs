using StaticNews.Generator.Building;

namespace StaticNews.Generator.Tests.Building;

public sealed class IsoDateTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Theory]
    [InlineData("2026-03-18T09:30:00+03:00", "2026-03-18T06:30:00Z")]
    [InlineData("2026-03-18T09:30:00Z", "2026-03-18T09:30:00Z")]
    [InlineData("2026-07-01T09:30", "2026-07-01T08:30:00Z")]
    [InlineData("2026-07-01", "2026-06-30T23:00:00Z")]
    [InlineData("2026-01-15", "2026-01-15T00:00:00Z")]
    public void Dates_with_or_without_time_and_offset_are_read_and_local_ones_in_the_site_zone(string text, string utc)
    {
        Assert.True(IsoDate.TryParse(text, London, out var value));
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("18/03/2026")]
    [InlineData("20260318")]
    [InlineData("March 18, 2026")]
    [InlineData("")]
    public void Impossible_or_non_iso_dates_are_refused(string text) =>
        Assert.False(IsoDate.TryParse(text, London, out _));
}
