using StaticNews.Generator.Building;
using StaticNews.Model;
using StaticNews.Model.Pages;

namespace StaticNews.Generator.Rendering;

/// <summary>Decides which pages the site has: one model per output file, in a stable order.</summary>
public static class PagePlanner
{
    private const int HomeSectionTeasers = 4;
    private const int HomeSecondary = FrontBuilder.MaxSecondary;
    private const int HomeLatest = 4;
    private const int NotFoundSuggestions = 5;

    public static IReadOnlyList<PageModel> Plan(Site site)
    {
        // Lookups keep the newest-first order of site.Articles within each key.
        var bySection = site.Articles.ToLookup(a => a.Section.Slug, StringComparer.Ordinal);
        var byAuthor = site.Articles.SelectMany(a => a.Authors, (a, author) => (author.Slug, a)).ToLookup(x => x.Slug, x => x.a, StringComparer.Ordinal);
        var byTag = site.Articles.SelectMany(a => a.Tags, (a, tag) => (tag.Slug, a)).ToLookup(x => x.Slug, x => x.a, StringComparer.Ordinal);

        var siteFeed = SiteFeed(site);
        var pages = new List<PageModel> { Home(site, bySection), NotFound(site), Search(site) };
        pages.AddRange(site.Articles.Select(article => Article(site, article) with { Feeds = [siteFeed, SectionFeed(site, article.Section)] }));
        foreach (var section in site.Config.Sections)
            pages.AddRange(Listing(site, ListingKind.Section, UrlPaths.Section(section.Slug), section.Name, section.Description,
                bySection[section.Slug].ToList()).Select(page => page with { Section = section, Feeds = [siteFeed, SectionFeed(site, section)] }));
        foreach (var author in site.Authors)
            pages.AddRange(Listing(site, ListingKind.Author, UrlPaths.Author(author.Slug), author.Name, AuthorIntro(author),
                byAuthor[author.Slug].ToList()).Select(page => page with { Feeds = [siteFeed, AuthorFeed(site, author)] }));
        foreach (var tag in site.Tags)
            pages.AddRange(Listing(site, ListingKind.Tag, UrlPaths.Tag(tag.Slug), tag.Name, null, byTag[tag.Slug].ToList()));
        pages.Add(IndexPages.Topics(site, byTag));
        pages.Add(IndexPages.People(site, byAuthor));
        pages.AddRange(site.Pages.Select(page => IndexPages.Static(site, page)));
        pages.AddRange(site.Articles.SelectMany(article => article.Aliases.Select(alias => Redirect(site, article, alias))));
        return pages.Select(page => (page.Feeds.Count == 0 ? page with { Feeds = [siteFeed] } : page) with { Breaking = site.Breaking }).ToList();
    }

    public static FeedLink SiteFeed(Site site) => new(site.Config.Name, site.Config.BasePath + UrlPaths.Feed(""));

    public static FeedLink SectionFeed(Site site, Section section) =>
        new($"{site.Config.Name}: {section.Name}", site.Config.BasePath + UrlPaths.Feed(UrlPaths.Section(section.Slug)));

    public static FeedLink AuthorFeed(Site site, Author author) =>
        new($"{site.Config.Name}: {author.Name}", site.Config.BasePath + UrlPaths.Feed(UrlPaths.Author(author.Slug)));

    private static SearchPageModel Search(Site site) => new()
    {
        Config = site.Config,
        Url = site.Config.BasePath + UrlPaths.SearchFolder + "/",
        OutputPath = UrlPaths.FileOf(UrlPaths.SearchFolder + "/"),
        Title = "Search",
        Description = $"Search the stories of {site.Config.Name} by headline, summary, section or topic.",
        IndexUrl = site.Config.BasePath + UrlPaths.SearchIndexFile,
    };

    private static RedirectPageModel Redirect(Site site, Article article, string alias) => new()
    {
        Config = site.Config,
        Url = site.Config.BasePath + alias,
        OutputPath = Aliases.FileOf(alias),
        Title = article.Title,
        Description = ArticleDescription(site, article),
        Target = article,
    };

    /// <summary>The standfirst, or a plain line naming the story when there is none: every page has a description.</summary>
    private static string ArticleDescription(Site site, Article article) =>
        article.Summary ?? $"{article.Title}. {article.Section.Name} news from {site.Config.Name}.";

    private static HomePageModel Home(Site site, ILookup<string, Article> bySection)
    {
        var bySlug = site.Articles.DistinctBy(a => a.Slug).ToDictionary(a => a.Slug, StringComparer.Ordinal);
        var front = site.Front;
        var live = front.Live is { } liveSlug ? bySlug[liveSlug] : null;
        var pinned = front.Secondary.Select(slug => bySlug[slug]).ToList();
        var newest = site.Articles.Where(a => !ReferenceEquals(a, live) && !pinned.Contains(a)).ToList();
        var lead = front.Lead is { } leadSlug ? bySlug[leadSlug] : newest.FirstOrDefault();
        var rest = new Queue<Article>(newest.Where(a => !ReferenceEquals(a, lead)));
        var secondary = pinned.Concat(TakeNext(rest, HomeSecondary - pinned.Count)).ToList();
        var latest = TakeNext(rest, HomeLatest);
        var shown = new HashSet<Article>(new[] { live, lead }.OfType<Article>().Concat(secondary).Concat(latest), ReferenceEqualityComparer.Instance);
        return new HomePageModel
        {
            Config = site.Config,
            Url = site.Config.BasePath,
            OutputPath = "index.html",
            Title = site.Config.Name,
            Description = site.Config.Description ?? $"The latest news from {site.Config.Name}.",
            Live = live,
            Lead = lead,
            Secondary = secondary,
            Latest = latest,
            Sections = site.Config.Sections
                .Select(section => new SectionTeaser(section, bySection[section.Slug]
                    .Where(a => !shown.Contains(a))
                    .Take(HomeSectionTeasers)
                    .ToList()))
                .Where(teaser => teaser.Latest.Count > 0)
                .ToList(),
        };
    }

    private static List<Article> TakeNext(Queue<Article> stories, int count)
    {
        var taken = new List<Article>();
        while (taken.Count < count && stories.TryDequeue(out var story)) taken.Add(story);
        return taken;
    }

    private static NotFoundPageModel NotFound(Site site) => new()
    {
        Config = site.Config,
        Url = site.Config.BasePath + "404.html",
        OutputPath = "404.html",
        Title = "Page not found",
        Description = "The page you asked for is not here.",
        Latest = site.Articles.Take(NotFoundSuggestions).ToList(),
    };

    private static ArticlePageModel Article(Site site, Article article) => new()
    {
        Config = site.Config,
        Url = article.Url,
        OutputPath = UrlPaths.FileOf(UrlPaths.Article(article.Section.Slug, article.Slug)),
        Title = article.Title,
        Description = ArticleDescription(site, article),
        Article = article,
        Related = site.RelatedTo(article),
    };

    private static IEnumerable<ListingPageModel> Listing(
        Site site, ListingKind kind, string path, string heading, string? intro, IReadOnlyList<Article> articles)
    {
        var size = site.Config.PageSize;
        var pageCount = Math.Max(1, (articles.Count + size - 1) / size);
        for (var number = 1; number <= pageCount; number++)
        {
            var pagePath = UrlPaths.Paged(path, number);
            yield return new ListingPageModel
            {
                Config = site.Config,
                Kind = kind,
                Url = site.Config.BasePath + pagePath,
                OutputPath = UrlPaths.FileOf(pagePath),
                Title = number == 1 ? heading : $"{heading} – page {number}",
                Heading = heading,
                Intro = intro,
                Description = intro ?? $"The latest stories on {heading} from {site.Config.Name}.",
                Articles = articles.Skip((number - 1) * size).Take(size).ToList(),
                Pagination = new Pagination(number, pageCount,
                    number > 1 ? site.Config.BasePath + UrlPaths.Paged(path, number - 1) : null,
                    number < pageCount ? site.Config.BasePath + UrlPaths.Paged(path, number + 1) : null),
            };
        }
    }

    private static string? AuthorIntro(Author author) =>
        (author.Role, author.Bio) switch
        {
            (null, null) => null,
            (null, var bio) => bio,
            (var role, null) => role,
            var (role, bio) => $"{role}. {bio}",
        };
}
