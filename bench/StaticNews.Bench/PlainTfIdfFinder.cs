using System.Text.RegularExpressions;
using StaticNews.Generator.Relating;
using StaticNews.Model;

namespace StaticNews.Bench;

/// <summary>
/// The textbook baseline: TF-IDF cosine over headline, standfirst and body as lower-cased words, nothing else (no names,
/// tags, authors, sections or dates). Compares every pair, so it is for small corpora only.
/// </summary>
public sealed partial class PlainTfIdfFinder : IRelatedArticlesFinder
{
    public IReadOnlyDictionary<string, RelatedStories> FindAll(Site site)
    {
        var vectors = Vectors(site);
        return site.Articles.AsParallel().AsOrdered()
            .Select(a => (a.Slug, Stories: new RelatedStories(Rank(a, site, vectors).Take(site.Config.RelatedCount).Select(c => c.Article).ToList(), [])))
            .ToDictionary(x => x.Slug, x => x.Stories, StringComparer.Ordinal);
    }

    public RelatedExplanation? Explain(Site site, string slug)
    {
        var article = site.Articles.FirstOrDefault(a => a.Slug == slug);
        if (article is null) return null;
        var ranked = Rank(article, site, Vectors(site)).ToList();
        return new RelatedExplanation(article, ranked.Take(site.Config.RelatedCount).ToList(), [], ranked);
    }

    private static IEnumerable<RelatedCandidate> Rank(Article article, Site site, Dictionary<string, Dictionary<string, double>> vectors) =>
        site.Articles.Where(c => c.Slug != article.Slug && !c.IsDraft)
            .Select(c => (Article: c, Cosine: Dot(vectors[article.Slug], vectors[c.Slug])))
            .Where(x => x.Cosine > 0)
            .OrderByDescending(x => x.Cosine)
            .ThenBy(x => x.Article.Slug, StringComparer.Ordinal)
            .Select(x => new RelatedCandidate(x.Article, [x.Cosine, 0, 0, 0, 0], x.Cosine, 1, Pinned: false));

    /// <summary>Unit-length TF-IDF vectors per slug: term count × log(N / document frequency).</summary>
    private static Dictionary<string, Dictionary<string, double>> Vectors(Site site)
    {
        var counts = site.Articles.ToDictionary(a => a.Slug, a => Words(a.Title + " " + a.Summary + " " + PlainText(a.BodyHtml))
            .GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (double)g.Count(), StringComparer.Ordinal), StringComparer.Ordinal);
        var frequency = counts.Values.SelectMany(c => c.Keys).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var n = (double)site.Articles.Count;
        return counts.ToDictionary(kv => kv.Key, kv =>
        {
            var weighted = kv.Value.ToDictionary(t => t.Key, t => t.Value * Math.Log(n / frequency[t.Key]), StringComparer.Ordinal);
            var length = Math.Sqrt(weighted.Values.Sum(w => w * w));
            return length == 0 ? weighted : weighted.ToDictionary(t => t.Key, t => t.Value / length, StringComparer.Ordinal);
        }, StringComparer.Ordinal);
    }

    private static double Dot(Dictionary<string, double> a, Dictionary<string, double> b) =>
        a.Sum(t => b.TryGetValue(t.Key, out var w) ? t.Value * w : 0);

    private static IEnumerable<string> Words(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length >= 3);

    private static string PlainText(string html) => Tag().Replace(html, " ");

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex Word();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
