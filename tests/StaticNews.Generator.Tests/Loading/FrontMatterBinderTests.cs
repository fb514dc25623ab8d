using CsCheck;
using StaticNews.Generator.Loading;
using StaticNews.Generator.Tests.Fuzzing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace StaticNews.Generator.Tests.Loading;

/// <summary>The binder may decline any front matter, but what it binds must be exactly what YamlDotNet's deserializer gives.</summary>
public sealed class FrontMatterBinderTests
{
    private static readonly IDeserializer Deserializer = YamlReader.Deserializer;

    private static readonly ISerializer Canonical = new SerializerBuilder().Build();

    private static readonly Gen<string> Key = Gen.OneOf(
        "title", "date", "section", "summary", "source", "slug", "updated", "expires", "read_time", "draft", "authors", "tags",
        "related", "aliases", "related_exclude", "image", "corrections", "extra", "Title", "\"title\"", "'tags'");

    private static readonly Gen<string> Scalar = Gen.OneOf(
        "Harbour reopens", "\"Harbour: reopens\"", "'it''s'", "2026-03-18", "2026-03-18T09:30:00+01:00", "3", "03", "0", "-1", "+4",
        "1_000", "0x10", "99999999999", "3.5", "true", "false", "True", "FALSE", "yes", "no", "on", "~", "null", "Null", "", "\"\"",
        "\"null\"", "!!str 5", "!!int 5", "&a x", "|\n  block text\n", ">\n  folded\n  text\n", "\"3\"", "'true'", "é ünïcode");

    private static readonly Gen<string> Value = Gen.OneOf(
        Scalar,
        Scalar.Array[0, 4].Select(items => "[" + string.Join(", ", items) + "]"),
        Scalar.Array[1, 3].Select(items => string.Concat(items.Select(item => "\n  - " + item))),
        Gen.Select(Gen.OneOf("src", "alt", "caption", "credit", "other"), Scalar).Array[0, 4]
            .Select(pairs => "{" + string.Join(", ", pairs.Select(p => $"{p.Item1}: {p.Item2}")) + "}"),
        Gen.Select(Gen.OneOf("date", "text", "other"), Scalar).Array[0, 3].Array[0, 3]
            .Select(items => "[" + string.Join(", ", items.Select(pairs => "{" + string.Join(", ", pairs.Select(p => $"{p.Item1}: {p.Item2}")) + "}")) + "]"));

    private static readonly Gen<string> TypedFrontMatter =
        Gen.Select(Key, Value).Array[0, 8].Select(lines => string.Join("\n", lines.Select(line => $"{line.Item1}: {line.Item2}")));

    [Fact]
    public void What_the_binder_binds_equals_what_YamlDotNet_deserializes()
    {
        var bound = 0;
        Gen.OneOf<string>(TypedFrontMatter, TypedFrontMatter, HostileText.MostlyValidFrontMatter).Sample(text =>
        {
            // Given a front matter that parses as one document
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(text));
            }
            catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
            {
                return;
            }
            if (stream.Documents.Count != 1) return;
            // A lone surrogate cannot be written back as YAML to compare; the build refuses it at its line (SN0103).
            if (stream.Documents[0].AllNodes.OfType<YamlScalarNode>().Any(node => HasLoneSurrogate(node.Value))) return;

            // When
            var dto = FrontMatterBinder.TryBind(stream.Documents[0].RootNode);

            // Then
            if (dto is null) return;
            Interlocked.Increment(ref bound);
            Assert.Equal(Canonical.Serialize(Deserializer.Deserialize<FrontMatterDto>(text)), Canonical.Serialize(dto));
        }, iter: 20000, threads: 1);
        Assert.True(bound > 500, $"only {bound} cases were bound");
    }

    private static bool HasLoneSurrogate(string? value)
    {
        for (var i = 0; value is not null && i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
            else if (char.IsSurrogate(value[i])) return true;
        }
        return false;
    }

    [Fact]
    public void A_typical_article_front_matter_is_bound_without_the_deserializer()
    {
        // Given
        var stream = new YamlStream();
        stream.Load(new StringReader("""
            title: "Harbour reopens after storm"
            date: 2026-03-18T09:30:00+01:00
            section: world
            summary: Ferries run again.
            read_time: 3
            draft: false
            authors: [ana-lima]
            tags:
              - storms
              - ports
            image: {src: images/harbour.svg, alt: "The harbour", credit: AFP}
            corrections: [{date: 2026-03-19, text: "Fixed a name."}]
            mood: calm
            """));

        // When
        var dto = FrontMatterBinder.TryBind(stream.Documents[0].RootNode);

        // Then
        Assert.NotNull(dto);
        Assert.Equal("Harbour reopens after storm", dto.Title);
        Assert.Equal(3, dto.ReadTime);
        Assert.False(dto.Draft);
        Assert.Equal(["storms", "ports"], dto.Tags);
        Assert.Equal("AFP", dto.Image?.Credit);
        Assert.Equal("Fixed a name.", Assert.Single(dto.Corrections!).Text);
    }
}
