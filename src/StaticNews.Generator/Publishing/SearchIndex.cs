using System.Text.Json;
using StaticNews.Model;
using StaticNews.Theme;

namespace StaticNews.Generator.Publishing;

/// <summary>The prebuilt JSON the search page loads: one entry per published article, newest first.</summary>
public static class SearchIndex
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public sealed record Entry(int Id, string Headline, string? Summary, string Section, IReadOnlyList<string> Tags, string Date, string DateText, string Url);

    public static byte[] Write(SiteConfig config, IReadOnlyList<Article> articles) =>
        JsonSerializer.SerializeToUtf8Bytes(
            articles.Select((a, i) => new Entry(i, a.Title, a.Summary, a.Section.Name, a.Tags.Select(t => t.Name).ToList(), Xml.W3cDate(a.PublishedAt), Display.Date(config, a.PublishedAt), a.Url)).ToList(),
            Options);
}
