namespace StaticNews.Corpus;

/// <summary>Makes up unique people, places and organisations from syllables, so every planted story has its own names.</summary>
internal sealed class Names(Random random)
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    public string Person() => Unique(() => Pick(Lexicon.FirstNames) + " " + Word(2, 3));

    public string Place() => Unique(() => Word(1, 2) + Pick(Lexicon.PlaceEndings));

    public string Organisation(string prefix) => Unique(() => Capitalise(prefix) + " " + Pick(Lexicon.OrganisationTypes));

    private static string Capitalise(string text) => string.Join(' ', text.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private string Word(int minSyllables, int maxSyllables)
    {
        var count = random.Next(minSyllables, maxSyllables + 1);
        var word = string.Concat(Enumerable.Range(0, count).Select(_ => Pick(Lexicon.Syllables)));
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    private string Unique(Func<string> make)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = make();
            if (attempt > 20) name += " " + Pick(Lexicon.Syllables).ToUpperInvariant();
            if (used.Add(name)) return name;
        }
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
