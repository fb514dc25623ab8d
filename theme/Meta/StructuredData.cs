using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using StaticNews.Model;
using StaticNews.Model.Pages;

namespace StaticNews.Theme.Meta;

/// <summary>schema.org JSON-LD for a page: NewsArticle on articles, WebSite + Organization on the home page.</summary>
public static class StructuredData
{
    // This encoder always escapes <, >, & and quotes, so "</script>" in a headline cannot end the script element.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The JSON text to put inside <c>&lt;script type="application/ld+json"&gt;</c>, or null for pages without any.</summary>
    public static string? For(PageModel page)
    {
        var node = page switch
        {
            ArticlePageModel article => NewsArticle(page.Site.Config, article.Article),
            HomePageModel => WebSite(page.Site.Config),
            _ => null,
        };
        return node?.ToJsonString(Options);
    }

    public static JsonObject NewsArticle(SiteConfig config, Article article)
    {
        var url = config.AbsoluteUrl(article.Url);
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title,
            ["url"] = url,
            ["mainEntityOfPage"] = new JsonObject { ["@type"] = "WebPage", ["@id"] = url },
            ["datePublished"] = Display.MachineDate(config, article.PublishedAt),
            ["dateModified"] = Display.MachineDate(config, article.ModifiedAt),
            ["inLanguage"] = config.Language,
            ["articleSection"] = article.Section.Name,
            ["author"] = new JsonArray(article.Authors.Select(Person(config)).ToArray<JsonNode?>()),
            ["publisher"] = Organization(config),
        };
        if (article.Summary is not null) json["description"] = article.Summary;
        if (article.Image is { } image)
        {
            var imageObject = new JsonObject { ["@type"] = "ImageObject", ["url"] = config.AbsoluteUrl(image.Url) };
            if (image.Caption is not null) imageObject["caption"] = image.Caption;
            if (image.Credit is not null) imageObject["creditText"] = image.Credit;
            json["image"] = imageObject;
        }
        if (article.Tags.Count > 0) json["keywords"] = new JsonArray(article.Tags.Select(t => (JsonNode?)t.Name).ToArray());
        if (article.Corrections.Count > 0)
            json["correction"] = new JsonArray(article.Corrections.Select(c => (JsonNode?)new JsonObject
            {
                ["@type"] = "CorrectionComment",
                ["text"] = c.Text,
                ["datePublished"] = Display.MachineDate(config, c.Date),
            }).ToArray());
        return json;
    }

    public static JsonObject WebSite(SiteConfig config)
    {
        var website = new JsonObject
        {
            ["@type"] = "WebSite",
            ["@id"] = config.BaseUrl.AbsoluteUri + "#website",
            ["url"] = config.BaseUrl.AbsoluteUri,
            ["name"] = config.Name,
            ["inLanguage"] = config.Language,
            ["publisher"] = new JsonObject { ["@id"] = OrganizationId(config) },
            ["potentialAction"] = new JsonObject
            {
                ["@type"] = "SearchAction",
                ["target"] = config.AbsoluteUrl(config.BasePath + "search/") + "?q={search_term_string}",
                ["query-input"] = "required name=search_term_string",
            },
        };
        if (config.Description is not null) website["description"] = config.Description;
        return new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@graph"] = new JsonArray(website, Organization(config)),
        };
    }

    private static JsonObject Organization(SiteConfig config)
    {
        var organization = new JsonObject
        {
            ["@type"] = "Organization",
            ["@id"] = OrganizationId(config),
            ["name"] = config.Name,
            ["url"] = config.BaseUrl.AbsoluteUri,
        };
        if (config.LogoUrl is not null)
            organization["logo"] = new JsonObject { ["@type"] = "ImageObject", ["url"] = config.AbsoluteUrl(config.LogoUrl) };
        return organization;
    }

    private static string OrganizationId(SiteConfig config) => config.BaseUrl.AbsoluteUri + "#organization";

    private static Func<Author, JsonNode?> Person(SiteConfig config) => author => new JsonObject
    {
        ["@type"] = "Person",
        ["name"] = author.Name,
        ["url"] = config.AbsoluteUrl(author.Url),
    };
}
