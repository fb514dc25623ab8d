namespace StaticNews.Corpus;

/// <summary>
/// Generates a wire-style archive of short stories (a headline and one or two sentences) about events of a dozen kinds,
/// where a small cast of people and places recurs across different events: a minister opens a festival and wins a
/// by-election, a town has a fire and a strike. Each event (3–8 stories over a few days) is one planted story, the
/// ground truth of which stories belong together. Events of one kind share their wording and tag, so only the details,
/// the names together and the dates tell them apart. Deterministic from the seed.
/// </summary>
public sealed class ShortNewsGenerator : ICorpus
{
    private const int People = 16;
    private const int Places = 14;
    private const int AuthorsPerSection = 3;
    private const int SpanDays = 365;
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly List<CorpusArticle> articles = [];

    public ShortNewsGenerator(int events, int seed)
    {
        var random = new Random(seed);
        var names = new Names(random);
        Sections = ShortNewsKind.All.Select(k => k.Section).Distinct().ToList();
        Authors = Sections
            .SelectMany(section => Enumerable.Range(0, AuthorsPerSection).Select(_ => names.Person()).Select(name => new CorpusAuthor(CorpusGenerator.Slug(name), name, section)))
            .ToList();
        var people = Enumerable.Range(0, People).Select(_ => names.Person()).ToArray();
        var places = Enumerable.Range(0, Places).Select(_ => names.Place()).ToArray();

        var planned = new List<(CorpusArticle Article, int Order)>();
        for (var story = 0; story < events; story++)
        {
            var kind = ShortNewsKind.All[random.Next(ShortNewsKind.All.Length)];
            var place = places[random.Next(places.Length)];
            var person = people[random.Next(people.Length)];
            var detail = kind.Details[random.Next(kind.Details.Length)];
            var desk = Authors.Where(a => a.Section == kind.Section).ToList();
            var size = random.Next(3, 9);
            var day = (double)random.Next(SpanDays);
            for (var i = 0; i < size; i++)
            {
                string Fill(string pattern) => pattern
                    .Replace("{person}", person, StringComparison.Ordinal).Replace("{place}", place, StringComparison.Ordinal)
                    .Replace("{detail}", detail, StringComparison.Ordinal).Replace("{n}", random.Next(2, 400).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
                var title = Capitalise(Fill(kind.Headlines[random.Next(kind.Headlines.Length)]));
                var first = Capitalise(Fill(kind.Sentences[random.Next(kind.Sentences.Length)]));
                var second = random.Next(10) < 6 ? Capitalise(Fill(kind.Sentences[random.Next(kind.Sentences.Length)])) : "";
                var tags = new List<string>();
                if (random.Next(10) < 7) tags.Add(kind.Tag);
                if (random.Next(10) < 3) tags.Add(CorpusGenerator.Slug(place));
                var date = Start.AddDays(day).AddMinutes(random.Next(6 * 60, 22 * 60));
                var slug = $"{string.Join('-', CorpusGenerator.Slug(title).Split('-').Take(6))}-{story}-{i}";
                planned.Add((new CorpusArticle(slug, kind.Section, title, date, first, [desk[random.Next(desk.Count)].Slug], tags, second, story), planned.Count));
                day += random.NextDouble() * 3;
            }
        }
        articles = planned.OrderBy(x => x.Article.PublishedAt).ThenBy(x => x.Order).Select(x => x.Article).ToList();
    }

    public IReadOnlyList<string> Sections { get; }
    public IReadOnlyList<CorpusAuthor> Authors { get; }
    public int Count => articles.Count;
    public CorpusArticle Article(int number) => articles[number];

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
