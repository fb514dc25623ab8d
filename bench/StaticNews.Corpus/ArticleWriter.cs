using System.Text;

namespace StaticNews.Corpus;

/// <summary>Writes one article's headline, standfirst and Markdown body from its story plan, with its own seeded random source.</summary>
internal sealed class ArticleWriter(Random random, StoryPlan story, string section, IReadOnlyList<string> nationalFigures, IReadOnlyList<string> cities)
{
    private static readonly string[] HeadlineVerbs = ["warns over", "backs", "faces questions on", "delays", "approves", "rejects", "calls for", "defends"];
    private static readonly string[] Modals = ["would", "could", "might", "will"];
    private static readonly string[] BaseVerbs = ["change", "delay", "affect", "shape", "test", "raise", "cut", "extend", "review", "secure"];

    // Each article names only some of the story's people and its organisation; the others stand in for them.
    private readonly string person = random.Next(4) > 0 ? story.Person : Pick(random, nationalFigures);
    private readonly string secondPerson = random.Next(2) > 0 ? story.SecondPerson : Pick(random, nationalFigures);
    private readonly string organisation = random.Next(5) > 1 ? story.Organisation : "the " + Pick(random, Lexicon.OrganisationTypes).ToLowerInvariant();
    private string Surname => person.Split(' ')[^1];

    public string Headline() => random.Next(4) switch
    {
        0 => $"{person} {Pick(HeadlineVerbs)} {StoryWord()} {story.Theme.Noun} in {story.Place}",
        1 => Capitalise($"{organisation} {Pick(HeadlineVerbs)} {StoryWord()} after {story.Theme.Noun}"),
        2 => $"{story.Place} {story.Theme.Noun}: {StoryWord()} and {StoryWord()} {Pick(Lexicon.Verbs)}",
        _ => Capitalise($"{StoryWord()} {story.Theme.Noun} in {story.Place} {Pick(Lexicon.Verbs)} by {secondPerson}"),
    };

    public string Summary() =>
        Capitalise($"{organisation} {Pick(Lexicon.Verbs)} {Word()} and {StoryWord()} as the {story.Theme.Noun} in {story.Place} {Pick(["continues", "deepens", "eases", "widens"])}.");

    public string Body()
    {
        var body = new StringBuilder();
        var paragraphs = random.Next(5, 10);
        body.Append(Lede()).Append("\n\n");
        for (var p = 1; p < paragraphs; p++)
        {
            if (p == paragraphs / 2) body.Append("## ").Append(Capitalise(StoryWord())).Append(" and ").Append(Word()).Append("\n\n");
            if (random.Next(4) == 0)
                body.Append("> \"").Append(Sentence()).Append("\" said ").Append(random.Next(2) == 0 ? secondPerson : Surname).Append(".\n\n");
            else
                body.AppendJoin(' ', Enumerable.Range(0, random.Next(2, 5)).Select(_ => Sentence())).Append("\n\n");
        }
        return body.ToString();
    }

    private string Lede() =>
        $"{person} {Pick(Lexicon.Verbs)} on {Pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])} that the {StoryWord()} {story.Theme.Noun} in {story.Place} {Pick(Modals)} {Pick(BaseVerbs)} the {Word()} of {organisation}. " + Sentence();

    private string Sentence()
    {
        var subject = random.Next(10) switch
        {
            0 or 1 => Surname,
            2 => secondPerson,
            3 => Capitalise(organisation.StartsWith("the ", StringComparison.Ordinal) ? organisation : "the " + organisation),
            4 => Pick(nationalFigures),
            5 => "Officials in " + Pick([story.Place, story.Place, Pick(cities)]),
            _ => "The " + Pick(Lexicon.SectionWords[section]),
        };
        var place = random.Next(3) == 0 ? $" in {Pick([story.Place, Pick(cities)])}" : "";
        return $"{subject} {Pick(Lexicon.Verbs)} that the {Word()} {Word()} {Pick(Modals)} {Pick(BaseVerbs)} the {Word()} of the {Word()}{place}.";
    }

    /// <summary>A story word a third of the time, else the section's or the newsroom's everyday words.</summary>
    private string Word() => random.Next(20) switch
    {
        < 7 => StoryWord(),
        < 12 => Pick(Lexicon.SectionWords[section]),
        _ => Pick(Lexicon.General),
    };

    private string StoryWord() => Pick(story.Words);

    private T Pick<T>(IReadOnlyList<T> items) => Pick(random, items);

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
