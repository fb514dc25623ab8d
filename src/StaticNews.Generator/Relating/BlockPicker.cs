using StaticNews.Model;

namespace StaticNews.Generator.Relating;

/// <summary>
/// Applies the editor's and the page's rules to ranked candidates: exclusions, pins first, "Latest on this story"
/// from newer close matches, and a section-diversity rule for Explore.
/// </summary>
internal static class BlockPicker
{
    /// <summary>Once a section fills its share of Explore, a story from another section scoring within this factor goes first.</summary>
    public const double DiversityTolerance = 0.8;

    public static RelatedExplanation Pick(Article article, IReadOnlyList<RelatedCandidate> pins, IReadOnlyList<RelatedCandidate> ranked, SiteConfig config)
    {
        var settings = config.Related;
        var excluded = new HashSet<string>(article.ExcludedRelated, StringComparer.Ordinal) { article.Slug };
        var pinned = pins
            .Where(pin => !excluded.Contains(pin.Article.Slug))
            .DistinctBy(pin => pin.Article.Slug)
            .Take(config.RelatedCount)
            .ToList();
        excluded.UnionWith(pinned.Select(pin => pin.Article.Slug));
        // Most articles exclude only themselves: one string comparison then does what a hash of every candidate's slug did.
        var open = excluded.Count == 1
            ? ranked.Where(c => c.Score > 0 && !string.Equals(c.Article.Slug, article.Slug, StringComparison.Ordinal)).ToList()
            : ranked.Where(c => c.Score > 0 && !excluded.Contains(c.Article.Slug)).ToList();

        var latest = open
            .Where(c => c.Article.PublishedAt > article.PublishedAt && c.Similarity >= settings.LatestMinSimilarity)
            .OrderByDescending(c => c.Similarity).ThenBy(c => c, RankOrder.Instance)
            .Take(settings.LatestCount)
            .OrderByDescending(c => c.Article.PublishedAt).ThenBy(c => c.Article.Slug, StringComparer.Ordinal)
            .ToList();
        // Compared by slug: a record's equality would hash whole articles.
        var inLatest = latest.Select(c => c.Article.Slug).ToHashSet(StringComparer.Ordinal);
        var rest = open.Where(c => !inLatest.Contains(c.Article.Slug)).ToList();
        var explore = pinned.Concat(Diverse(rest, pinned, config.RelatedCount - pinned.Count, settings.MaxPerSection)).ToList();
        return new RelatedExplanation(article, explore, latest, ranked);
    }

    /// <summary>Takes the best candidates in turn, letting a close one from another section overtake a section that already has its share.</summary>
    private static IEnumerable<RelatedCandidate> Diverse(List<RelatedCandidate> pool, IEnumerable<RelatedCandidate> already, int count, int maxPerSection)
    {
        var perSection = already.GroupBy(c => c.Article.Section.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        double Effective(RelatedCandidate c) =>
            perSection.GetValueOrDefault(c.Article.Section.Slug) >= maxPerSection ? c.Score * DiversityTolerance : c.Score;

        for (var taken = 0; taken < count && pool.Count > 0; taken++)
        {
            var best = 0;
            var bestScore = Effective(pool[0]);
            for (var i = 1; i < pool.Count; i++)
            {
                var score = Effective(pool[i]);
                if (score > bestScore) (best, bestScore) = (i, score);
            }
            var chosen = pool[best];
            pool.RemoveAt(best);
            perSection[chosen.Article.Section.Slug] = perSection.GetValueOrDefault(chosen.Article.Section.Slug) + 1;
            yield return chosen;
        }
    }
}
