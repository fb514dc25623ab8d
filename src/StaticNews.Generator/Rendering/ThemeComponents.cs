using StaticNews.Model.Pages;
using StaticNews.Theme.Pages;

namespace StaticNews.Generator.Rendering;

/// <summary>Which theme component renders which kind of page; each takes the model as its <c>Page</c> parameter.</summary>
public static class ThemeComponents
{
    public const string PageParameter = "Page";

    public static Type For(PageModel page) => page switch
    {
        ArticlePageModel => typeof(ArticlePage),
        HomePageModel => typeof(HomePage),
        ListingPageModel => typeof(ListingPage),
        NotFoundPageModel => typeof(NotFoundPage),
        SearchPageModel => typeof(SearchPage),
        RedirectPageModel => typeof(RedirectPage),
        StaticPageModel => typeof(StandalonePage),
        TopicIndexPageModel => typeof(TopicIndexPage),
        PeopleIndexPageModel => typeof(PeopleIndexPage),
        _ => throw new ArgumentOutOfRangeException(nameof(page), page.GetType().Name, "no theme component renders this page"),
    };
}
