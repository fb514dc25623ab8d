using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using StaticNews.Model;

namespace StaticNews.Generator.Relating;

/// <summary>
/// Distils an article's headline, standfirst and plain-text body into a <see cref="TextProfile"/>: stemmed words
/// without stop words, and capitalised phrases (people, places, organisations). Thread-safe; one per build, so
/// equal words share one string across the articles each worker thread profiles.
/// </summary>
public sealed class TextProfiler
{
    public const int MaxTerms = 100;
    public const int MaxEntities = 30;
    public const float TitleWeight = 3;
    public const float SummaryWeight = 2;

    /// <summary>
    /// A body word counts 1 at the lead and less further down, to this at the last word: news puts the story first, and
    /// a round-up's closing line about another story should not make it that story.
    /// </summary>
    public const float TailWeight = 0.5f;

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "de", "la", "van", "von", "al", "bin", "da", "del" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorSpans = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words are counted by span and become strings only when first seen in an article, and not at all when the thread's pool
    // has one. A pool per thread needs no lock: a shared one made the workers queue for it.
    private readonly ThreadLocal<Dictionary<string, string>> pools = new(() => new(StringComparer.Ordinal));

    // Each thread reuses its counting tables: a build profiles every article, and these are its busiest allocations.
    [ThreadStatic] private static Counts? threadCounts;

    public TextProfile Profile(string title, string? summary, string body)
    {
        var counts = threadCounts ??= new Counts();
        counts.Reset(pools.Value!);
        Read(title, TitleWeight, TitleWeight, counts, headline: true);
        if (summary is not null) Read(summary, SummaryWeight, SummaryWeight, counts, headline: false);
        Read(body, 1, TailWeight, counts, headline: false);
        return new TextProfile(Top(counts.Terms, MaxTerms, counts), Top(counts.Entities, MaxEntities, counts));
    }

    /// <param name="weight">What a word at the start counts.</param>
    /// <param name="endWeight">What a word at the end counts; words between count in proportion to where they are.</param>
    private static void Read(string text, float weight, float endWeight, Counts counts, bool headline)
    {
        var tokens = counts.Tokens;
        Tokenizer.Split(text, tokens);
        var taper = new Taper(weight, endWeight, Math.Max(1, tokens.Count - 1));
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord || token.Length < 3) continue;
            var lower = counts.Lowered(token.In(text));
            if (StopWords.Contains(lower) || IsNumber(lower)) continue;
            Add(counts.Terms, lower[..Stemmer.Stem(lower)], taper.At(i), counts);
        }
        if (headline && IsTitleCase(text, tokens)) return;
        AddEntities(text, tokens, taper, counts);
    }

    /// <summary>What a token counts by its position: from the first weight at the start to the end weight at the last token.</summary>
    private readonly record struct Taper(float Start, float End, int Last)
    {
        public float At(int position) => Start + (End - Start) * position / Last;
    }

    /// <summary>A headline in Title Case would make every word a name.</summary>
    private static bool IsTitleCase(string text, List<Token> tokens)
    {
        var words = 0;
        var capitalised = 0;
        foreach (var token in tokens)
        {
            if (token.Length <= 3) continue;
            words++;
            if (char.IsUpper(text[token.Start])) capitalised++;
        }
        return words >= 3 && capitalised * 10 > words * 6;
    }

    /// <summary>Runs of capitalised words ("Port Castell Athletic", "Bank of Vestria"), without leading or trailing stop words.</summary>
    private static void AddEntities(string text, List<Token> tokens, Taper taper, Counts counts)
    {
        var runStart = 0;
        for (var i = 0; i <= tokens.Count; i++)
        {
            var token = i < tokens.Count ? tokens[i] : Token.Break;
            var capitalised = token.IsWord && char.IsUpper(text[token.Start]);
            var connector = token.IsWord && i > runStart && ConnectorSpans.Contains(token.In(text));
            if (capitalised || connector) continue;
            AddEntity(text, tokens, runStart, i, taper.At(runStart), counts);
            runStart = i + 1;
        }
    }

    private static void AddEntity(string text, List<Token> tokens, int from, int to, float weight, Counts counts)
    {
        while (from < to && IsFiller(tokens[from].In(text), counts)) from++;
        while (to > from && IsFiller(tokens[to - 1].In(text), counts)) to--;
        if (to - from == 0) return;
        // A lone capital at a sentence start is usually just grammar ("Police said…").
        if (to - from == 1 && (tokens[from].StartsSentence || IsNumber(tokens[from].In(text)))) return;
        var length = to - from - 1;
        for (var i = from; i < to; i++) length += tokens[i].Length;
        var key = counts.Buffer(length);
        var at = 0;
        for (var i = from; i < to; i++)
        {
            if (at > 0) key[at++] = ' ';
            at += tokens[i].In(text).ToLowerInvariant(key[at..]);
        }
        Add(counts.Entities, key, weight, counts);
    }

    private static bool IsFiller(ReadOnlySpan<char> word, Counts counts)
    {
        var lower = counts.Lowered(word);
        return StopWords.Contains(lower) || ConnectorSpans.Contains(lower);
    }

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsDigit(c)) return false;
        return true;
    }

    private static void Add(Dictionary<string, float> table, ReadOnlySpan<char> key, float weight, Counts counts)
    {
        ref var count = ref CollectionsMarshal.GetValueRefOrNullRef(table.GetAlternateLookup<ReadOnlySpan<char>>(), key);
        if (!Unsafe.IsNullRef(ref count)) count += weight;
        else table.Add(counts.Pooled.TryGetValue(key, out var shared, out _) ? shared : key.ToString(), weight);
    }

    /// <summary>The most frequent keys, ties broken by ordinal order; keys are unique, so the order is total.</summary>
    private static TermCount[] Top(Dictionary<string, float> table, int max, Counts counts)
    {
        var entries = counts.Entries(table.Count);
        var n = 0;
        foreach (var entry in table) entries[n++] = entry;
        var sorted = entries.AsSpan(0, n);
        sorted.Sort(new MostFrequentFirst());
        var top = new TermCount[Math.Min(max, n)];
        for (var i = 0; i < top.Length; i++)
        {
            ref var shared = ref CollectionsMarshal.GetValueRefOrAddDefault(counts.Pool, sorted[i].Key, out _);
            shared ??= sorted[i].Key;
            top[i] = new TermCount(shared, sorted[i].Value);
        }
        sorted.Clear();
        return top;
    }

    /// <summary>A struct comparer, so the sort calls it directly rather than through a delegate.</summary>
    private readonly struct MostFrequentFirst : IComparer<KeyValuePair<string, float>>
    {
        public int Compare(KeyValuePair<string, float> a, KeyValuePair<string, float> b) =>
            b.Value != a.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key);
    }

    /// <summary>One thread's working tables, emptied for each article (and dropped when a huge one made them large).</summary>
    private sealed class Counts
    {
        private const int KeptCapacity = 4096;
        private char[] buffer = new char[64];
        private KeyValuePair<string, float>[] entries = new KeyValuePair<string, float>[256];

        public List<Token> Tokens { get; private set; } = [];
        public Dictionary<string, float> Terms { get; private set; } = new(StringComparer.Ordinal);
        public Dictionary<string, float> Entities { get; private set; } = new(StringComparer.Ordinal);

        /// <summary>The profiler's strings for this thread: a term in an article's top list is kept here for later articles.</summary>
        public Dictionary<string, string> Pool { get; private set; } = null!;
        public Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Pooled { get; private set; }

        public void Reset(Dictionary<string, string> pool)
        {
            if (Pool != pool) (Pool, Pooled) = (pool, pool.GetAlternateLookup<ReadOnlySpan<char>>());
            // Clearing costs as much as the table is big, so a table a huge article grew is replaced instead.
            if (Terms.Count > KeptCapacity) Terms = new(StringComparer.Ordinal);
            if (Entities.Count > KeptCapacity) Entities = new(StringComparer.Ordinal);
            if (Tokens.Capacity > KeptCapacity * 16) Tokens = [];
            if (entries.Length > KeptCapacity) entries = new KeyValuePair<string, float>[256];
            Terms.Clear();
            Entities.Clear();
        }

        /// <summary>Room for a table's entries while they are sorted; emptied again after each use.</summary>
        public KeyValuePair<string, float>[] Entries(int count)
        {
            if (entries.Length < count) entries = new KeyValuePair<string, float>[Math.Max(count, entries.Length * 2)];
            return entries;
        }

        public Span<char> Buffer(int length)
        {
            if (buffer.Length < length) buffer = new char[Math.Max(length, buffer.Length * 2)];
            return buffer.AsSpan(0, length);
        }

        /// <summary>The word lower-cased into the shared buffer: valid until the next call.</summary>
        public Span<char> Lowered(ReadOnlySpan<char> word)
        {
            var lower = Buffer(word.Length);
            word.ToLowerInvariant(lower);
            return lower;
        }
    }
}
