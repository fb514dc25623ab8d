using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StaticNews.Preview.Benchmarks;

/// <summary>Makes a large archive from the sample site's settings: many articles spread over its sections, authors and a pool of tags.</summary>
public static partial class ArchiveGenerator
{
    [GeneratedRegex(@"^\s*-\s*slug:\s*(\S+)", RegexOptions.Multiline)]
    private static partial Regex SlugLine();

    private static readonly string[] Words =
        "harbour storm ferry council port fishing tide energy museum festival court budget vote treaty research coast".Split(' ');

    public static SiteCopy Generate(string sampleInput, string target, int count)
    {
        Directory.CreateDirectory(target);
        foreach (var name in new[] { "site.yml", "authors.yml" })
            File.Copy(Path.Combine(sampleInput, name), Path.Combine(target, name));
        // site.yml names the sample's logo: the generated site needs the pictures folder too.
        var images = Directory.CreateDirectory(Path.Combine(target, "images")).FullName;
        foreach (var picture in Directory.EnumerateFiles(Path.Combine(sampleInput, "images")))
            File.Copy(picture, Path.Combine(images, Path.GetFileName(picture)));
        var sections = Slugs(Path.Combine(sampleInput, "site.yml"));
        var authors = Slugs(Path.Combine(sampleInput, "authors.yml"));
        var start = new DateTimeOffset(2020, 1, 1, 8, 0, 0, TimeSpan.Zero);
        string? first = null;
        for (var i = 0; i < count; i++)
        {
            var section = sections[i % sections.Count];
            var folder = Path.Combine(target, section);
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"story-{i:D5}.md"));
            File.WriteAllText(path, Article(i, section, authors, start.AddHours(i * 3)));
            first ??= path;
        }
        return new SiteCopy(target, first!);
    }

    private static string Article(int i, string section, IReadOnlyList<string> authors, DateTimeOffset date)
    {
        var word = (int k) => Words[(i * 7 + k * 3) % Words.Length];
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            ---
            title: "Story {i}: the {word(0)} and the {word(1)}"
            date: {date:yyyy-MM-ddTHH:mm:sszzz}
            section: {section}
            summary: "What happened to the {word(2)} on day {i}."
            authors: [{authors[i % authors.Count]}]
            tags: [{word(0)}, {word(3)}, topic-{i % 50}]
            ---

            """);
        for (var paragraph = 0; paragraph < 6; paragraph++)
            text.Append(CultureInfo.InvariantCulture, $"\nParagraph {paragraph} of story {i} tells of the {word(paragraph)} near the {word(paragraph + 1)}, with quotes and numbers such as {i * paragraph}.\n");
        return text.ToString();
    }

    private static List<string> Slugs(string yamlFile) =>
        SlugLine().Matches(File.ReadAllText(yamlFile)).Select(match => match.Groups[1].Value).ToList();
}
