using StaticNews.Generator.Incremental;
using StaticNews.Generator.Rendering;
using StaticNews.Model;
using StaticNews.Model.Pages;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Incremental;

public sealed class PageKeysTests
{
    private static Site Newsroom()
    {
        var input = RepositoryPaths.Fixture("valid", "newsroom", "input");
        var generated = new SiteGenerator().Relate(new BuildOptions { InputDirectory = input, OutputDirectory = Path.Combine(Path.GetTempPath(), "unused") });
        return generated.Site ?? throw new InvalidOperationException(string.Join(Environment.NewLine, generated.Diagnostics));
    }

    [Fact]
    public void A_page_showing_an_article_outside_the_site_is_keyed_by_that_article_and_the_pages_around_it_are_unaffected()
    {
        // Given every page of the newsroom, and the first article page shown with an edited copy of its article (not in the site's list)
        var site = Newsroom();
        var pages = PagePlanner.Plan(site);
        var at = pages.ToList().FindIndex(page => page is ArticlePageModel);
        var page = (ArticlePageModel)pages[at];
        PageModel WithTitle(string title) => page with { Article = page.Article with { Title = title } };

        // When
        var plain = PageKeys.Compute(site, pages, SiteTheme.CompiledIn, workers: 1);
        var edited = PageKeys.Compute(site, [.. pages.Take(at), WithTitle("Edited"), .. pages.Skip(at + 1)], SiteTheme.CompiledIn, workers: 1);
        var editedAgain = PageKeys.Compute(site, [.. pages.Take(at), WithTitle("Edited"), .. pages.Skip(at + 1)], SiteTheme.CompiledIn, workers: 1);
        var editedOtherwise = PageKeys.Compute(site, [.. pages.Take(at), WithTitle("Edited otherwise"), .. pages.Skip(at + 1)], SiteTheme.CompiledIn, workers: 1);

        // Then the article hashed in the middle of its page changes that page's key alone, the same way every time
        Assert.NotEqual(plain[at], edited[at]);
        Assert.Equal(edited, editedAgain);
        Assert.NotEqual(edited[at], editedOtherwise[at]);
        Assert.Equal(plain.Where((_, i) => i != at), edited.Where((_, i) => i != at));
    }
}
