using System.Buffers;
using System.Reflection;
using StaticNews.Generator.Incremental;
using StaticNews.Model;

namespace StaticNews.Generator.Tests.Incremental;

public sealed class KeyWriterTests
{
    private static readonly Section World = new("world", "World", null, "/world/");

    private static readonly Article Story = new()
    {
        Slug = "story",
        Title = "Story",
        PublishedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(1)),
        Section = World,
        ReadTimeMinutes = 1,
        Authors = [new Author("ana", "Ana", "Reporter", "Writes.", "/authors/ana/")],
        Tags = [new Tag("port", "Port", "/tags/port/")],
        BodyHtml = "<p class=\"lead\">Body</p>",
        Url = "/world/story/",
        SourcePath = "world/story.md",
        Extra = new Dictionary<string, object?> { ["desk"] = "night", ["rank"] = 2 },
    };

    private static byte[] Bytes(object value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        new KeyWriter(articleKey: null, siteKey: null).Write(buffer, value);
        return buffer.WrittenSpan.ToArray();
    }

    [Fact]
    public void Every_public_property_of_every_model_type_is_written_into_a_key()
    {
        // Given every type of the model a page is made of, and the properties a theme can read on each
        var types = typeof(Article).Assembly.GetExportedTypes().Where(type => !type.IsEnum && !type.IsInterface && !(type.IsAbstract && type.IsSealed));

        foreach (var type in types)
        {
            var readable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(property => property.GetMethod is not null && property.GetIndexParameters().Length == 0)
                .Select(property => property.Name);

            // When
            var written = KeyWriter.MembersOf(type);

            // Then a property left out of the key would let a page keep its old bytes after that property changed
            Assert.All(readable, name => Assert.Contains(name, written));
        }
    }

    [Fact]
    public void A_change_deep_inside_an_article_changes_its_bytes_and_an_equal_copy_does_not()
    {
        // Given the story, an equal copy, and copies that differ in a nested author, an extra value, a tag and the body
        var copy = Story with { Authors = [Story.Authors[0] with { }], Extra = new Dictionary<string, object?>(Story.Extra) };
        var changed = new[]
        {
            Story with { Authors = [Story.Authors[0] with { Bio = "Writes a lot." }] },
            Story with { Extra = new Dictionary<string, object?> { ["desk"] = "day", ["rank"] = 2 } },
            Story with { Extra = new Dictionary<string, object?> { ["desk"] = "night", ["rank"] = 3 } },
            Story with { Tags = [] },
            Story with { BodyHtml = "<p class=\"lead\">Body.</p>" },
            Story with { PublishedAt = Story.PublishedAt.ToOffset(TimeSpan.Zero) },
        };

        // When
        var original = Bytes(Story);

        // Then
        Assert.Equal(original, Bytes(copy));
        Assert.All(changed, article => Assert.NotEqual(original, Bytes(article)));
    }

    [Fact]
    public void Strings_and_lists_are_delimited_so_moving_text_between_them_changes_the_bytes()
    {
        // Given lists holding the same characters split differently
        string[] one = ["ab", "c"], other = ["a", "bc"], joined = ["abc"];

        // When / Then
        Assert.NotEqual(Bytes(one), Bytes(other));
        Assert.NotEqual(Bytes(one), Bytes(joined));
        Assert.NotEqual(Bytes(new[] { one, [] }), Bytes(new[] { [], one }));
    }

    [Fact]
    public void Values_of_different_types_write_different_bytes_where_a_slot_may_hold_any()
    {
        // Given front matter extras, which hold whatever YAML gave: the same number or instant as different types
        var instant = new DateTime(2026, 3, 14, 9, 0, 0, DateTimeKind.Unspecified);

        // When / Then
        Assert.NotEqual(Bytes(new object[] { true }), Bytes(new object[] { 1 }));
        Assert.NotEqual(Bytes(new object[] { 1 }), Bytes(new object[] { 1L }));
        Assert.NotEqual(Bytes(new object[] { instant }), Bytes(new object[] { new DateTimeOffset(instant, TimeSpan.Zero) }));
        Assert.NotEqual(Bytes(new object[] { DayOfWeek.Monday }), Bytes(new object[] { DateTimeKind.Utc }));
    }
}
