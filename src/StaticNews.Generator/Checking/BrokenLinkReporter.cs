using StaticNews.Generator.Building;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Model;

namespace StaticNews.Generator.Checking;

/// <summary>
/// Turns broken links into diagnostics an editor can act on: a link an article's source writes is reported at that
/// file, line and column; any other comes from the theme or the site settings, so it is reported once per target
/// with the pages that carry it.
/// </summary>
public sealed class BrokenLinkReporter(Site site, InputFolder input, DiagnosticBag diagnostics)
{
    private const int ExamplePages = 3;

    private readonly Dictionary<string, Article> articlesByPage = site.Articles.ToDictionary(
        article => UrlPaths.FileOf(UrlPaths.Article(article.Section.Slug, article.Slug)), StringComparer.Ordinal);

    public void Report(IReadOnlyList<BrokenLink> brokenLinks)
    {
        var fromTheme = new List<BrokenLink>();
        foreach (var link in brokenLinks)
        {
            if (!articlesByPage.TryGetValue(link.PagePath, out var article) || !TryReportInArticle(article, link))
                fromTheme.Add(link);
        }
        foreach (var group in fromTheme.GroupBy(link => link.Reference, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var pages = group.Select(link => link.PagePath).Order(StringComparer.Ordinal).ToList();
            var examples = string.Join(", ", pages.Take(ExamplePages)) + (pages.Count > ExamplePages ? $" and {pages.Count - ExamplePages} more" : "");
            diagnostics.Error(Codes.BrokenInternalLink, pages[0], 0, 0,
                $"the generated page links to '{group.Key}', which the site does not have (on {examples}). The link comes from the theme or site.yml; correct it there.");
        }
    }

    private bool TryReportInArticle(Article article, BrokenLink link)
    {
        var (line, column) = Locate(input.Combine(article.SourcePath), link.Reference);
        if (line == 0) return false;
        diagnostics.Error(Codes.BrokenInternalLink, input.Display(article.SourcePath), line, column,
            $"the link '{link.Reference}' points into the site but no page or file is there. Link to articles with xref:slug, or correct the address.");
        return true;
    }

    /// <summary>The first place the source writes the reference verbatim, or (0, 0) when it is not there (it came from the theme).</summary>
    private static (int Line, int Column) Locate(string sourceFile, string reference)
    {
        if (!File.Exists(sourceFile)) return (0, 0);
        var lines = File.ReadAllLines(sourceFile);
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(reference, StringComparison.Ordinal);
            if (column >= 0) return (i + 1, column + 1);
        }
        return (0, 0);
    }
}
