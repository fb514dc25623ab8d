using System.Globalization;

namespace StaticNews.Generator.Building;

/// <summary>The clean URL of every kind of page, relative to the site root (no leading slash).</summary>
public static class UrlPaths
{
    public const string AuthorsFolder = "authors";
    public const string TagsFolder = "tags";
    public const string PageFolder = "page";
    public const string AssetsFolder = "assets";
    public const string SearchFolder = "search";
    public const string FeedFile = "feed.xml";
    public const string SearchIndexFile = "search/index.json";
    public const string SitemapFile = "sitemap.xml";
    public const string NewsSitemapFile = "news-sitemap.xml";

    /// <summary>Names that a section or article slug may not take, because other pages live there.</summary>
    public static readonly IReadOnlySet<string> Reserved =
        new HashSet<string>(StringComparer.Ordinal) { AuthorsFolder, TagsFolder, PageFolder, AssetsFolder, "images", SearchFolder, "feeds" };

    public static string Article(string section, string slug) => $"{section}/{slug}/";
    public static string Section(string section) => $"{section}/";
    public static string Author(string author) => $"{AuthorsFolder}/{author}/";
    /// <summary>A static page sits at the root: input/pages/about.md → about/.</summary>
    public static string Page(string slug) => $"{slug}/";
    public const string TagIndex = TagsFolder + "/";
    public const string AuthorIndex = AuthorsFolder + "/";
    /// <summary>A tag's page; a slug in another script is percent-encoded UTF-8, as a URI must be (tags/%CF%80…/).</summary>
    public static string Tag(string tag) => $"{TagsFolder}/{Uri.EscapeDataString(tag)}/";

    /// <summary>The RSS feed of a listing ("" for the whole site, else "world/" or "authors/ana-lima/").</summary>
    public static string Feed(string listing) => listing + FeedFile;

    /// <summary>Page <paramref name="number"/> of a listing: the listing itself for page 1, else "page/N/" below it.</summary>
    public static string Paged(string listing, int number) =>
        number == 1 ? listing : string.Create(CultureInfo.InvariantCulture, $"{listing}{PageFolder}/{number}/");

    /// <summary>The file a clean URL is written to: its name is the decoded UTF-8 path (tags/πολιτική/index.html).</summary>
    public static string FileOf(string urlPath) => Uri.UnescapeDataString(urlPath) + "index.html";
}
