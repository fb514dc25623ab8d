using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Model;

namespace StaticNews.Generator.Building;

public sealed partial class SiteBuilder
{
    /// <summary>
    /// Tag names that differ only in case, accents or punctuation ("Climate policy", "climate-policy") are one tag;
    /// different names that a slug cannot tell apart ("C#", "C") would share one page, so every article with the less
    /// common one gets a warning at its tags: line. (Two such names in one article are reported by the ArticleBuilder.)
    /// </summary>
    private void ReportTagsSharingAnAddress(IEnumerable<(SourceDocument Document, Article Article)> articles)
    {
        var uses = articles.SelectMany(x => x.Article.Tags, (x, tag) => (x.Document, tag.Name, tag.Slug));
        foreach (var bySlug in uses.GroupBy(use => use.Slug, StringComparer.Ordinal))
        {
            if (bySlug.Select(use => use.Name).Distinct(StringComparer.Ordinal).Skip(1).Any() is false) continue;
            var byWords = bySlug.GroupBy(use => Slugs.TagWords(use.Name), StringComparer.Ordinal).ToList();
            if (byWords.Count < 2) continue;
            var kept = byWords.OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
            var (keptDocument, keptName, _) = kept.First();
            foreach (var (document, name, slug) in byWords.Where(g => g != kept).SelectMany(g => g))
                diagnostics.Warning(Codes.TagSharesAddress, document.DisplayPath, document.FrontMatter.LineOf("tags"), 1,
                    $"tag '{name}' gets the address {UrlPaths.TagsFolder}/{slug}/, as the different tag '{keptName}' in {keptDocument.DisplayPath} does, " +
                    $"so their stories would share one page (an address keeps only letters, digits and hyphens). Tell them apart in letters or digits " +
                    $"(e.g. 'C sharp' for 'C#'), or write '{keptName}' if they are one topic.");
        }
    }
}
