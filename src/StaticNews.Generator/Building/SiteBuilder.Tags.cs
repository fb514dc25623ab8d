using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Model;

namespace StaticNews.Generator.Building;

public sealed partial class SiteBuilder
{
    /// <summary>
    /// Tag names that differ only in case, accents or punctuation ("Climate policy", "climate-policy") are one tag;
    /// different names that a slug cannot tell apart ("C#", "C") would share one page, so every use of the less
    /// common one is a warning at its tags: line.
    /// </summary>
    private void ReportTagsSharingAnAddress(IEnumerable<(SourceDocument Document, Article Article)> articles)
    {
        var uses = articles
            .SelectMany(x => (x.Document.FrontMatter.Value.Tags ?? []).Select(name => (x.Document, Name: name.Trim(), Slug: Slugs.ForTag(name))))
            .Where(use => use.Slug.Length > 0);
        foreach (var bySlug in uses.GroupBy(use => use.Slug, StringComparer.Ordinal))
        {
            if (bySlug.Select(use => use.Name).Distinct(StringComparer.Ordinal).Skip(1).Any() is false) continue;
            var byWords = bySlug.GroupBy(use => Slugs.TagWords(use.Name), StringComparer.Ordinal).ToList();
            if (byWords.Count < 2) continue;
            var kept = byWords
                .OrderByDescending(g => g.Select(use => use.Document.DisplayPath).Distinct(StringComparer.Ordinal).Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .First();
            var (keptDocument, keptName, _) = kept.First();
            foreach (var (document, name, slug) in byWords.Where(g => g != kept).SelectMany(g => g).Distinct())
                diagnostics.Warning(Codes.TagSharesAddress, document.DisplayPath, document.FrontMatter.LineOf("tags"), 1,
                    $"tag '{name}' gets the address {UrlPaths.TagsFolder}/{slug}/, as the different tag '{keptName}' in {keptDocument.DisplayPath} does, " +
                    $"so their stories would share one page (an address keeps only letters, digits and hyphens). Tell them apart in letters or digits " +
                    $"(e.g. 'C sharp' for 'C#'), or write '{keptName}' if they are one topic.");
        }
    }
}
