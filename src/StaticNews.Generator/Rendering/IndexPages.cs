using System.Globalization;
using System.Text;
using StaticNews.Generator.Building;
using StaticNews.Model;
using StaticNews.Model.Pages;

namespace StaticNews.Generator.Rendering;

/// <summary>The pages that are not listings of stories: static pages, and the indexes of topics (/tags/) and people (/authors/).</summary>
public static class IndexPages
{
    /// <summary>The group of topics that start with a digit or a sign.</summary>
    public const string OtherLetter = "#";

    public static StaticPageModel Static(Site site, StaticPage page) => new()
    {
        Config = site.Config,
        Url = page.Url,
        OutputPath = UrlPaths.FileOf(UrlPaths.Page(page.Slug)),
        Title = page.Title,
        Description = page.Summary ?? $"{page.Title}: {site.Config.Name}.",
        Page = page,
    };

    /// <summary>Every topic in the site language's alphabetical order, grouped by its first letter without accents.</summary>
    public static TopicIndexPageModel Topics(Site site, ILookup<string, Article> byTag)
    {
        var culture = CultureOf(site.Config);
        var names = StringComparer.Create(culture, CompareOptions.IgnoreCase);
        var groups = site.Tags
            .Select(tag => new TopicCount(tag, byTag[tag.Slug].Count()))
            .OrderBy(topic => topic.Tag.Name, names)
            .ThenBy(topic => topic.Tag.Slug, StringComparer.Ordinal)
            .GroupBy(topic => FirstLetter(topic.Tag.Name, culture))
            .OrderBy(group => group.Key == OtherLetter ? 0 : 1)
            .ThenBy(group => group.Key, names)
            .Select(group => new TopicGroup(group.Key, AnchorOf(group.Key), group.ToList()))
            .ToList();
        return new TopicIndexPageModel
        {
            Config = site.Config,
            Url = site.Config.BasePath + UrlPaths.TagIndex,
            OutputPath = UrlPaths.FileOf(UrlPaths.TagIndex),
            Title = "Topics A–Z",
            Description = $"Every topic {site.Config.Name} covers, from A to Z, with the number of stories on each.",
            Groups = groups,
        };
    }

    /// <summary>The newsroom's people by name, each with the number of stories that carry their byline.</summary>
    public static PeopleIndexPageModel People(Site site, ILookup<string, Article> byAuthor)
    {
        var names = StringComparer.Create(CultureOf(site.Config), CompareOptions.IgnoreCase);
        return new PeopleIndexPageModel
        {
            Config = site.Config,
            Url = site.Config.BasePath + UrlPaths.AuthorIndex,
            OutputPath = UrlPaths.FileOf(UrlPaths.AuthorIndex),
            Title = "Our journalists",
            Description = $"The reporters and editors of {site.Config.Name}, their roles and their stories.",
            People = site.Authors
                .Select(author => new PersonCount(author, byAuthor[author.Slug].Count()))
                .OrderBy(person => person.Author.Name, names)
                .ThenBy(person => person.Author.Slug, StringComparer.Ordinal)
                .ToList(),
        };
    }

    /// <summary>The first letter of a name, upper-cased and without its accent ("Économie" → "E", "πολιτική" → "Π"); "#" for a digit or sign.</summary>
    public static string FirstLetter(string name, CultureInfo culture)
    {
        var first = StringInfo.GetNextTextElement(name.TrimStart()).Normalize(NormalizationForm.FormD);
        return first.Length > 0 && char.IsLetter(first[0]) ? char.ToUpper(first[0], culture).ToString() : OtherLetter;
    }

    /// <summary>An id made of ASCII only: "topics-a", or the code point for other scripts ("topics-u03a0").</summary>
    private static string AnchorOf(string letter) =>
        letter == OtherLetter ? "topics-other"
        : char.IsAsciiLetter(letter[0]) ? "topics-" + char.ToLowerInvariant(letter[0])
        : string.Create(CultureInfo.InvariantCulture, $"topics-u{(int)letter[0]:x4}");

    private static CultureInfo CultureOf(SiteConfig config)
    {
        try
        {
            return CultureInfo.GetCultureInfo(config.Language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
