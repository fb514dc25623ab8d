using System.Collections;
using System.Text.Json;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Loading;

/// <summary>A front matter read back from the article cache must equal the one YamlReader read, field by field and type by type.</summary>
public sealed class CachedFrontMatterTests
{
    private const string EveryShape = """
        title: "Harbour reopens"
        date: 2026-11-20T09:00:00Z
        section: local
        summary: The quay is open again.
        source: Port authority
        read_time: 4
        authors: [ana-lima, "joe"]
        tags:
          - harbour
          - ships
        image:
          src: /img/quay.jpg
          alt: The quay
          caption: At dawn
          credit: Ana Lima
        slug: harbour-reopens
        draft: false
        updated: 2026-11-21
        related: [tide-tables]
        expires: 2027-01-01
        corrections:
          - date: 2026-11-21
            text: The quay opened on Friday.
          - text: Spelling of the harbour master's name.
        aliases: [/old/harbour]
        related_exclude: [ferry-strike]
        live: true
        live_ended: 2026-11-21T18:00:00Z
        key_points: [The quay is open]
        breaking: true
        breaking_until: 2026-11-20T15:00:00Z
        kicker: Exclusive
        ratings: [5, "four", ~, [1, 2], {a: b}]
        byline:
          name: Ana
          desk: { city: Porto, floor: 3 }
          phones: [1, 2]
          empty:
        nothing: ~
        blank:
        """;

    [Fact]
    public void A_front_matter_with_every_field_and_every_unknown_value_shape_comes_back_the_same()
    {
        // Given a front matter that sets every field and has unknown keys of each value shape
        var parsed = Parse(EveryShape);
        Assert.All(typeof(FrontMatterDto).GetProperties(), p => Assert.NotNull(p.GetValue(parsed.Value)));
        Assert.True(CachedFrontMatter.CanKeep(parsed));

        // When it goes through the cache
        var back = RoundTrip(parsed);

        // Then it is the same, down to the types of the unknown values
        AssertSame(parsed, back);
        Assert.IsType<Dictionary<string, object?>>(back.UnknownKeys["byline"].Value);
        Assert.Equal("~", back.UnknownKeys["nothing"].Value);
    }

    [Fact]
    public void An_unknown_key_without_a_value_comes_back_without_one()
    {
        // Given an unknown key whose value is null (what YamlReader gives a node that is no scalar, list or mapping)
        var parsed = Parse("title: Harbour\nkicker: Exclusive");
        var unknown = new SortedDictionary<string, UnknownKey>(parsed.UnknownKeys.ToDictionary(), StringComparer.Ordinal) { ["empty"] = new UnknownKey(4, null) };
        var source = parsed with { UnknownKeys = unknown };

        // When it goes through the cache, then it is the same
        Assert.True(CachedFrontMatter.CanKeep(source));
        AssertSame(source, RoundTrip(source));
    }

    [Fact]
    public void Every_sample_article_front_matter_comes_back_the_same()
    {
        // Given the front matter of every article of the sample site
        var files = Directory.EnumerateFiles(RepositoryPaths.SampleInput, "*.md", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
            var parsed = YamlReader.Read<FrontMatterDto>(new YamlText(text[4..end], file, 2), new DiagnosticBag())!;

            // When it goes through the cache, then it is the same
            Assert.True(CachedFrontMatter.CanKeep(parsed), file);
            AssertSame(parsed, RoundTrip(parsed));
        }
    }

    [Fact]
    public void A_text_with_a_lone_surrogate_is_not_kept()
    {
        // Given a front matter whose title the cache file's strict UTF-8 cannot hold
        var parsed = Parse("title: Harbour\nsection: local");
        parsed.Value.Title = "broken \uD800 title";

        // When asked whether it can be kept, then it is not (it is read again on every build)
        Assert.False(CachedFrontMatter.CanKeep(parsed));
    }

    private static YamlSource<FrontMatterDto> Parse(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var parsed = YamlReader.Read<FrontMatterDto>(new YamlText(yaml, "input/news/a.md", 2), diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return parsed!;
    }

    private static YamlSource<FrontMatterDto> RoundTrip(YamlSource<FrontMatterDto> source)
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, ContentLoader.StrictUtf8, leaveOpen: true)) CachedFrontMatter.Write(writer, source);
        return CachedFrontMatter.Read(new CacheReader(stream.ToArray(), (int)stream.Length));
    }

    private static void AssertSame(YamlSource<FrontMatterDto> expected, YamlSource<FrontMatterDto> actual)
    {
        Assert.Equal(JsonSerializer.Serialize(expected.Value), JsonSerializer.Serialize(actual.Value));
        Assert.Equal(expected.DisplayPath, actual.DisplayPath);
        Assert.Equal(expected.FirstLine, actual.FirstLine);
        Assert.Equal(expected.KeyLines.ToList(), actual.KeyLines.ToList());
        Assert.Equal(expected.UnknownKeys.Keys, actual.UnknownKeys.Keys);
        Assert.Equal(expected.UnknownKeys.GetType(), actual.UnknownKeys.GetType());
        foreach (var (key, unknown) in expected.UnknownKeys)
        {
            Assert.Equal(unknown.Line, actual.UnknownKeys[key].Line);
            AssertSamePlain(unknown.Value, actual.UnknownKeys[key].Value);
        }
    }

    private static void AssertSamePlain(object? expected, object? actual)
    {
        Assert.Equal(expected?.GetType(), actual?.GetType());
        switch (expected)
        {
            case IDictionary map:
                var other = (IDictionary)actual!;
                Assert.Equal(map.Keys.Cast<object>(), other.Keys.Cast<object>());
                foreach (var key in map.Keys) AssertSamePlain(map[key], other[key]);
                break;
            case IList list:
                var items = (IList)actual!;
                Assert.Equal(list.Count, items.Count);
                for (var i = 0; i < list.Count; i++) AssertSamePlain(list[i], items[i]);
                break;
            default:
                Assert.Equal(expected, actual);
                break;
        }
    }
}
