using System.Collections.Concurrent;
using System.Text;
using StaticNews.Model;

namespace StaticNews.Generator.Relating;

/// <summary>
/// Distils an article's headline, standfirst and plain-text body into a <see cref="TextProfile"/>: stemmed words
/// without stop words, and capitalised phrases (people, places, organisations). Thread-safe; one per build, so
/// equal words share one string across the archive.
/// </summary>
public sealed class TextProfiler
{
    public const int MaxTerms = 100;
    public const int MaxEntities = 30;
    public const float TitleWeight = 3;
    public const float SummaryWeight = 2;

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "de", "la", "van", "von", "al", "bin", "da", "del" };
    private readonly ConcurrentDictionary<string, string> pool = new(StringComparer.Ordinal);

    public TextProfile Profile(string title, string? summary, string body)
    {
        var terms = new Dictionary<string, float>(StringComparer.Ordinal);
        var entities = new Dictionary<string, float>(StringComparer.Ordinal);
        Read(title, TitleWeight, terms, entities, headline: true);
        if (summary is not null) Read(summary, SummaryWeight, terms, entities, headline: false);
        Read(body, 1, terms, entities, headline: false);
        return new TextProfile(Top(terms, MaxTerms), Top(entities, MaxEntities));
    }

    private static void Read(string text, float weight, Dictionary<string, float> terms, Dictionary<string, float> entities, bool headline)
    {
        var tokens = Tokenizer.Split(text);
        foreach (var token in tokens.Where(t => t.Word is not null))
        {
            var lower = token.Word!.ToLowerInvariant();
            if (lower.Length < 3 || StopWords.Contains(lower) || lower.All(char.IsDigit)) continue;
            Add(terms, Stemmer.Stem(lower), weight);
        }
        if (headline && IsTitleCase(tokens)) return;
        foreach (var entity in Entities(tokens)) Add(entities, entity, weight);
    }

    /// <summary>A headline in Title Case would make every word a name.</summary>
    private static bool IsTitleCase(IReadOnlyList<Token> tokens)
    {
        var words = tokens.Where(t => t.Word is { Length: > 3 }).ToList();
        return words.Count >= 3 && words.Count(t => char.IsUpper(t.Word![0])) * 10 > words.Count * 6;
    }

    /// <summary>Runs of capitalised words ("Port Castell Athletic", "Bank of Vestria"), without leading or trailing stop words.</summary>
    private static IEnumerable<string> Entities(IReadOnlyList<Token> tokens)
    {
        var run = new List<Token>();
        foreach (var token in tokens.Append(Token.Break))
        {
            var capitalised = token.Word is { } w && char.IsUpper(w[0]);
            var connector = token.Word is { } c && run.Count > 0 && Connectors.Contains(c);
            if (capitalised || connector)
            {
                run.Add(token);
                continue;
            }
            if (Entity(run) is { } entity) yield return entity;
            run.Clear();
        }
    }

    private static string? Entity(List<Token> run)
    {
        var from = 0;
        var to = run.Count;
        while (from < to && IsFiller(run[from].Word!)) from++;
        while (to > from && IsFiller(run[to - 1].Word!)) to--;
        if (to - from == 0) return null;
        // A lone capital at a sentence start is usually just grammar ("Police said…").
        if (to - from == 1 && (run[from].StartsSentence || run[from].Word!.All(char.IsDigit))) return null;
        var key = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            if (key.Length > 0) key.Append(' ');
            key.Append(run[i].Word!.ToLowerInvariant());
        }
        return key.ToString();
    }

    private static bool IsFiller(string word)
    {
        var lower = word.ToLowerInvariant();
        return StopWords.Contains(lower) || Connectors.Contains(lower);
    }

    private static void Add(Dictionary<string, float> counts, string key, float weight) =>
        counts[key] = counts.GetValueOrDefault(key) + weight;

    private TermCount[] Top(Dictionary<string, float> counts, int max) =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(max)
            .Select(kv => new TermCount(pool.GetOrAdd(kv.Key, kv.Key), kv.Value))
            .ToArray();
}
