using System.Text.RegularExpressions;

namespace StaticNews.Corpus;

/// <summary>
/// Generates a newsroom archive with planted stories: groups of 6–14 articles about one event that share people,
/// a place, an organisation and vocabulary, written days or weeks apart, with noisy and partly missing tags.
/// Many stories share a theme (two floods, three strikes), and national figures and big cities appear
/// everywhere, so neither a theme's words nor a common name identify a story. Deterministic from the seed;
/// each article is generated on its own, so they can be produced in parallel or streamed.
/// </summary>
public sealed class CorpusGenerator : ICorpus
{
    private const int AuthorsPerSection = 8;
    private const int CitiesCount = 30;
    private const int NationalFiguresPerSection = 3;

    private readonly CorpusOptions options;
    private readonly List<StoryPlan> stories = [];
    private readonly List<(StoryPlan Story, DateTimeOffset Date)> slots;
    private readonly string[] cities;
    private readonly string[] towns;
    private readonly Dictionary<string, string[]> nationalFigures = new(StringComparer.Ordinal);

    public CorpusGenerator(CorpusOptions options)
    {
        if (options.Articles < 1) throw new ArgumentOutOfRangeException(nameof(options), "Articles must be at least 1.");
        this.options = options;
        var random = new Random(options.Seed);
        var names = new Names(random);
        Authors = Lexicon.Sections
            .SelectMany(section => Enumerable.Range(0, AuthorsPerSection).Select(_ => names.Person()).Select(name => new CorpusAuthor(Slug(name), name, section)))
            .ToList();
        cities = Enumerable.Range(0, CitiesCount).Select(_ => names.Place()).ToArray();
        // Towns recur: about three stories share each, as a town has a flood one year and an election the next.
        towns = Enumerable.Range(0, Math.Max(20, options.Articles / ((options.MinStorySize + options.MaxStorySize) / 2) / 3)).Select(_ => names.Place()).ToArray();
        foreach (var section in Lexicon.Sections)
            nationalFigures[section] = Enumerable.Range(0, NationalFiguresPerSection).Select(_ => names.Person()).ToArray();

        var spanDays = Math.Max(30, options.Articles / options.ArticlesPerDay);
        slots = new List<(StoryPlan, DateTimeOffset)>(options.Articles);
        var planted = (int)(options.Articles * options.StoryShare);
        while (slots.Count < planted)
        {
            var story = Plan(random, names, stories.Count);
            stories.Add(story);
            var size = Math.Min(random.Next(options.MinStorySize, options.MaxStorySize + 1), planted - slots.Count);
            var day = (double)random.Next(spanDays);
            for (var i = 0; i < size; i++)
            {
                slots.Add((story, options.Start.AddDays(day).AddMinutes(random.Next(6 * 60, 22 * 60))));
                day += random.Next(0, 9);
            }
        }
        while (slots.Count < options.Articles)
            slots.Add((Plan(random, names, -1), options.Start.AddDays(random.Next(spanDays)).AddMinutes(random.Next(6 * 60, 22 * 60))));
        slots = slots.Select((slot, i) => (slot, i)).OrderBy(x => x.slot.Date).ThenBy(x => x.i).Select(x => x.slot).ToList();
    }

    public IReadOnlyList<string> Sections => Lexicon.Sections;

    public IReadOnlyList<CorpusAuthor> Authors { get; }

    public int Count => slots.Count;

    /// <summary>Every article, oldest first.</summary>
    public IEnumerable<CorpusArticle> Articles() => Enumerable.Range(0, Count).Select(Article);

    /// <summary>The article at <paramref name="number"/> in date order; the same for the same options, whatever else was generated.</summary>
    public CorpusArticle Article(int number)
    {
        var (story, date) = slots[number];
        var random = new Random(unchecked(options.Seed * 1_000_003 + number));
        var section = random.Next(5) == 0 ? Lexicon.Sections[random.Next(Lexicon.Sections.Length)] : story.Section;
        var writer = new ArticleWriter(random, story, section, nationalFigures[section], cities);
        var title = writer.Headline();
        var summary = writer.Summary();
        var body = writer.Body();
        var authors = new List<string>
        {
            random.Next(10) < 6 ? story.DeskAuthors[random.Next(story.DeskAuthors.Count)] : Pick(random, Authors.Where(a => a.Section == section).ToList()).Slug,
        };
        if (random.Next(7) == 0) authors.Add(Pick(random, Authors).Slug);
        var slug = $"{Slug(title).Split('-').Take(6).Aggregate((a, b) => a + "-" + b)}-{number}";
        return new CorpusArticle(slug, section, title, date, summary, authors.Distinct().ToList(), Tags(random, story, section), body,
            story.Id >= 0 ? story.Id : null);
    }

    private StoryPlan Plan(Random random, Names names, int id)
    {
        var theme = Lexicon.Themes[random.Next(Lexicon.Themes.Length)];
        var place = towns[random.Next(towns.Length)];
        var words = theme.Words.OrderBy(_ => random.Next()).Take(7).Concat(Enumerable.Range(0, 2).Select(_ => Pick(random, Lexicon.General))).ToList();
        var desk = Authors.Where(a => a.Section == theme.Section).OrderBy(_ => random.Next()).Take(2).Select(a => a.Slug).ToList();
        return new StoryPlan(id, theme, theme.Section, names.Person(), names.Person(), place, names.Organisation(place + " " + theme.Noun), words, desk);
    }

    /// <summary>The story's own tag only half the time, the theme's tag more often, generic tags at random, and one article in ten untagged.</summary>
    private static List<string> Tags(Random random, StoryPlan story, string section)
    {
        var tags = new List<string>();
        if (random.Next(10) == 0) return tags;
        if (random.Next(100) < 50) tags.Add(Slug(story.Place) + "-" + story.Theme.Noun);
        if (random.Next(100) < 60) tags.Add(story.Theme.Tag);
        if (random.Next(100) < 30) tags.Add(section);
        if (random.Next(100) < 30) tags.Add(Pick(random, Lexicon.PopularTags));
        if (random.Next(100) < 15) tags.Add(Pick(random, Lexicon.Themes).Tag);
        return tags.Distinct().ToList();
    }

    public static string Slug(string text) =>
        string.Join('-', Regex.Split(text.ToLowerInvariant(), "[^a-z0-9]+").Where(w => w.Length > 0));

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
