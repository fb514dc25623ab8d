using CsCheck;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Generator.Tests.Fuzzing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace StaticNews.Generator.Tests.Loading;

/// <summary>The reader scans each front matter once and replays its events; a replay must be indistinguishable from a fresh parse.</summary>
public sealed class YamlEventsTests
{
    private static readonly IDeserializer Deserializer = YamlReader.Deserializer;

    private static readonly ISerializer Canonical = new SerializerBuilder().Build();

    [Fact]
    public void Replayed_events_deserialize_and_load_exactly_as_the_text_does_even_when_that_fails()
    {
        Gen.OneOf<string>(HostileText.FrontMatter, HostileText.MostlyValidFrontMatter).Sample(text =>
        {
            // Given the events of a text the shape check accepted
            var events = ReadPlain(text);
            if (events is null) return;

            // When
            var fromText = Outcome(() => Deserializer.Deserialize<FrontMatterDto>(text));
            var fromEvents = Outcome(() => Deserializer.Deserialize<FrontMatterDto>(events.Replay()));
            var treeFromText = Outcome(() => Tree(new Parser(new StringReader(text))));
            var treeFromEvents = Outcome(() => Tree(events.Replay()));

            // Then
            Assert.Equal(fromText, fromEvents);
            Assert.Equal(treeFromText, treeFromEvents);
        }, iter: 4000, threads: 1);
    }

    [Fact]
    public void Reading_past_the_end_of_a_replay_gives_no_event_as_the_parser_does()
    {
        // Given
        var replay = ReadPlain("title: x")!.Replay();
        var parser = new Parser(new StringReader("title: x"));

        // When both are read to the end and once more
        while (replay.MoveNext()) Assert.True(parser.MoveNext());

        // Then
        Assert.False(parser.MoveNext());
        Assert.Null(replay.Current);
        Assert.Null(parser.Current);
        Assert.False(replay.MoveNext());
    }

    private static YamlEvents? ReadPlain(string text)
    {
        try
        {
            return YamlShape.ReadPlain(new YamlText(text, "a.md", 2), new DiagnosticBag());
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private static string Tree(IParser parser)
    {
        var stream = new YamlStream();
        stream.Load(parser);
        return string.Join("\n", stream.Documents.Select(d => $"{d.RootNode.Start} {d.RootNode}"));
    }

    /// <summary>The value written out canonically, or the exception's type, message and place.</summary>
    private static string Outcome(Func<object?> read)
    {
        try
        {
            return Canonical.Serialize(read());
        }
        catch (Exception ex)
        {
            return ex is YamlException yaml ? $"{ex.GetType().Name} {yaml.Start} {yaml.End} {ex.Message} {ex.InnerException?.Message}" : $"{ex.GetType().Name} {ex.Message}";
        }
    }
}
