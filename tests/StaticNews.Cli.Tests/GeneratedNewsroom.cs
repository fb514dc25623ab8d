using System.Globalization;
using System.Text;
using StaticNews.TestSupport;

namespace StaticNews.Cli.Tests;

/// <summary>The fixture newsroom plus many generated articles: a site big enough that writing it takes a while.</summary>
public static class GeneratedNewsroom
{
    public static string Create(TempFolder temp, int articles, int paragraphsEach)
    {
        var input = temp.CopyFrom(RepositoryPaths.Fixture("valid", "newsroom", "input"), "input");
        var paragraph = "Crews worked through the night on the quay while ferries waited offshore for the wind to drop. ";
        for (var i = 0; i < articles; i++)
        {
            var text = new StringBuilder(paragraphsEach * 400);
            text.Append(CultureInfo.InvariantCulture, $"---\ntitle: \"Generated story {i}\"\ndate: 2025-01-01T00:00:00Z\nsection: {(i % 2 == 0 ? "world" : "business")}\n");
            text.Append(CultureInfo.InvariantCulture, $"authors: [ana-lima]\ntags: [topic-{i % 50}]\n---\n\n");
            for (var p = 0; p < paragraphsEach; p++) text.Append(paragraph).Append(paragraph).Append(paragraph).Append("\n\n");
            File.WriteAllText(Path.Combine(input, "world", $"generated-{i:D5}.md"), text.ToString());
        }
        return input;
    }
}
