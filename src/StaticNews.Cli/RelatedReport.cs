using System.Globalization;
using StaticNews.Generator.Relating;
using StaticNews.Model;

namespace StaticNews.Cli;

/// <summary>Prints an article's related blocks as a table, with each signal's share of the score when explaining.</summary>
public static class RelatedReport
{
    private const int OtherCandidates = 5;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(RelatedExplanation explanation, SiteConfig config, bool explain, TextWriter output)
    {
        var article = explanation.Article;
        output.WriteLine($"{article.Slug} ({article.Section.Slug}, {Date(article, config)}): {article.Title}");
        Block(config.Related.LatestHeading, article, explanation.Latest, config, explain, output);
        Block(config.Related.ExploreHeading, article, explanation.Explore, config, explain, output);
        if (!explain) return;
        var shown = explanation.Explore.Concat(explanation.Latest).Select(c => c.Article.Slug).ToHashSet(StringComparer.Ordinal);
        Block("Next candidates", article, explanation.Candidates.Where(c => !shown.Contains(c.Article.Slug)).Take(OtherCandidates).ToList(), config, explain, output);
        output.WriteLine("Shares are of the similarity; score = similarity × recency (0.5 per half-life of "
            + config.Related.HalfLifeDays.ToString("0.#", Invariant) + " days between the stories).");
        output.WriteLine(string.Create(Invariant, $"latest = the text and names signals × 0.5 per {config.Related.LatestHalfLifeDays:0.#} days apart; ")
            + config.Related.LatestHeading + string.Create(Invariant, $" takes newer stories whose latest is at least {config.Related.LatestMinSimilarity:0.00}, the most similar first."));
    }

    private static void Block(string heading, Article article, IReadOnlyList<RelatedCandidate> candidates, SiteConfig config, bool explain, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"{heading}:");
        if (candidates.Count == 0)
        {
            output.WriteLine("  (none)");
            return;
        }
        if (explain)
            output.WriteLine("   #  score latest   text  names   tags authors section recency  story");
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var story = $"{c.Article.Slug} ({c.Article.Section.Slug}, {Date(c.Article, config)}){(c.Pinned ? " [pinned]" : "")}";
            output.WriteLine(explain
                ? string.Create(Invariant, $"  {i + 1,2}  {c.Score,5:0.000} {c.LatestStrength(article, config.Related),6:0.000} {Share(c, Signal.Text)} {Share(c, Signal.Entities)} {Share(c, Signal.Tags)} {Share(c, Signal.Authors),7} {Share(c, Signal.Section),7} {c.Recency,7:0.00}  {story}")
                : $"  {i + 1,2}  {story}: {c.Article.Title}");
        }
    }

    private static string Share(RelatedCandidate candidate, Signal signal) =>
        (candidate.ShareOf(signal) * 100).ToString("0", Invariant).PadLeft(5) + "%";

    private static string Date(Article article, SiteConfig config) =>
        TimeZoneInfo.ConvertTime(article.PublishedAt, config.TimeZone).ToString("yyyy-MM-dd", Invariant);
}
