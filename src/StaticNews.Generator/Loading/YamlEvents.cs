using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StaticNews.Generator.Loading;

/// <summary>
/// The parsing events of one piece of YAML, read once and replayed to each consumer (the node tree, the
/// deserializer), so the text is scanned a single time. A replay behaves as YamlDotNet's own parser would.
/// </summary>
public sealed class YamlEvents(IReadOnlyList<ParsingEvent> events)
{
    public IReadOnlyList<ParsingEvent> All => events;

    /// <summary>A fresh parser over the recorded events, positioned before the first one.</summary>
    public IParser Replay() => new Replayer(events);

    private sealed class Replayer(IReadOnlyList<ParsingEvent> events) : IParser
    {
        private int index = -1;

        public ParsingEvent? Current => index >= 0 && index < events.Count ? events[index] : null;

        public bool MoveNext()
        {
            if (index < events.Count) index++;
            return index < events.Count;
        }
    }
}
