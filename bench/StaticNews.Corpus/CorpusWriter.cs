using System.Globalization;
using System.Text;

namespace StaticNews.Corpus;

/// <summary>
/// Writes a generated corpus as a StaticNews input folder: site.yml, authors.yml, <c>&lt;section&gt;/&lt;slug&gt;.md</c>,
/// and the planted story of every article in <c>.corpus/stories.tsv</c> (a hidden folder, so builds ignore it).
/// </summary>
public static class CorpusWriter
{
    public const string StoriesFile = ".corpus/stories.tsv";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(ICorpus corpus, string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var section in corpus.Sections) Directory.CreateDirectory(Path.Combine(directory, section));
        Directory.CreateDirectory(Path.Combine(directory, ".corpus"));
        File.WriteAllText(Path.Combine(directory, "site.yml"), SiteFile(corpus), Utf8);
        File.WriteAllText(Path.Combine(directory, "authors.yml"),
            string.Concat(corpus.Authors.Select(a => $"- slug: {a.Slug}\n  name: \"{a.Name}\"\n  role: \"{a.Section} reporter\"\n")), Utf8);

        var stories = new string[corpus.Count];
        Parallel.For(0, corpus.Count, number =>
        {
            var article = corpus.Article(number);
            File.WriteAllText(Path.Combine(directory, article.Section, article.Slug + ".md"), Markdown(article), Utf8);
            stories[number] = $"{article.Slug}\t{article.Story?.ToString(CultureInfo.InvariantCulture) ?? "-"}\n";
        });
        File.WriteAllText(Path.Combine(directory, StoriesFile), string.Concat(stories), Utf8);
    }

    /// <summary>The planted story per slug, read back from a written corpus; stand-alone articles are left out.</summary>
    public static IReadOnlyDictionary<string, int> ReadStories(string directory) =>
        File.ReadLines(Path.Combine(directory, StoriesFile))
            .Select(line => line.Split('\t'))
            .Where(parts => parts[1] != "-")
            .ToDictionary(parts => parts[0], parts => int.Parse(parts[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);

    public static string Markdown(CorpusArticle article) =>
        $"""
        ---
        title: "{article.Title}"
        date: {article.PublishedAt.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture)}
        section: {article.Section}
        summary: "{article.Summary}"
        authors: [{string.Join(", ", article.Authors)}]
        tags: [{string.Join(", ", article.Tags)}]
        ---

        {article.Body}
        """;

    private static string SiteFile(ICorpus corpus) =>
        "name: \"The Generated Gazette\"\nbase_url: \"https://corpus.example.org/\"\nlanguage: en-GB\ntimezone: UTC\nsections:\n"
        + string.Concat(corpus.Sections.Select(s => $"  - slug: {s}\n    name: {char.ToUpperInvariant(s[0])}{s[1..]}\n"));
}
