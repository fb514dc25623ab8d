using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticNews.Model;
using StaticNews.Model.Pages;

namespace StaticNews.Theme.Meta;

/// <summary>schema.org JSON-LD for a page: NewsArticle on articles, WebSite + Organization on the home page.</summary>
/// <remarks>Written straight to a JSON writer: every article page has one, and building a node tree first cost more than the rest of the head.</remarks>
public static class StructuredData
{
    // This encoder always escapes <, >, & and quotes, so "</script>" in a headline cannot end the script element.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The JSON text to put inside <c>&lt;script type="application/ld+json"&gt;</c>, or null for pages without any.</summary>
    public static string? For(PageModel page) => page switch
    {
        ArticlePageModel article => Write(json => NewsArticle(json, page.Config, article.Article)),
        HomePageModel => Write(json => WebSite(json, page.Config)),
        _ => null,
    };

    // One buffer per thread: a page's JSON-LD is a few hundred bytes, written once per article page.
    [ThreadStatic] private static ArrayBufferWriter<byte>? buffer;

    private static string Write(Action<Utf8JsonWriter> write)
    {
        buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, Options))
            write(json);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void NewsArticle(Utf8JsonWriter json, SiteConfig config, Article article)
    {
        var url = config.AbsoluteUrl(article.Url);
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        if (article.Live is null) json.WriteString("@type", "NewsArticle");
        else
        {
            // Both types: a news article for Google News and feeds, a live blog for its updates.
            json.WriteStartArray("@type");
            json.WriteStringValue("NewsArticle");
            json.WriteStringValue("LiveBlogPosting");
            json.WriteEndArray();
        }
        json.WriteString("headline", article.Title);
        json.WriteString("url", url);
        json.WriteStartObject("mainEntityOfPage");
        json.WriteString("@type", "WebPage");
        json.WriteString("@id", url);
        json.WriteEndObject();
        json.WriteString("datePublished", Display.MachineDate(config, article.PublishedAt));
        json.WriteString("dateModified", Display.MachineDate(config, article.ModifiedAt));
        json.WriteString("inLanguage", config.Language);
        json.WriteString("articleSection", article.Section.Name);
        json.WriteStartArray("author");
        foreach (var author in article.Authors)
            Person(json, config, author);
        json.WriteEndArray();
        json.WritePropertyName("publisher");
        Organization(json, config);
        if (article.Summary is not null) json.WriteString("description", article.Summary);
        if (article.Image is { } image)
        {
            // Google asks NewsArticle for 16:9, 4:3 and 1:1 pictures; an SVG has no crops and is listed as it is.
            var crops = new[] { image.Crop("16x9"), image.Crop("4x3"), image.Crop("1x1") }.OfType<PictureCrop>().ToList();
            if (crops.Count == 0)
            {
                json.WritePropertyName("image");
                ImageObject(json, config, image, image.Url, null);
            }
            else
            {
                json.WriteStartArray("image");
                foreach (var crop in crops)
                    ImageObject(json, config, image, crop.Url, crop);
                json.WriteEndArray();
            }
        }
        if (article.Videos.Count > 0)
        {
            json.WriteStartArray("video");
            foreach (var video in article.Videos)
                VideoObject(json, config, video);
            json.WriteEndArray();
        }
        if (article.Tags.Count > 0)
        {
            json.WriteStartArray("keywords");
            foreach (var tag in article.Tags)
                json.WriteStringValue(tag.Name);
            json.WriteEndArray();
        }
        if (article.Corrections.Count > 0)
        {
            json.WriteStartArray("correction");
            foreach (var correction in article.Corrections)
            {
                json.WriteStartObject();
                json.WriteString("@type", "CorrectionComment");
                json.WriteString("text", correction.Text);
                json.WriteString("datePublished", Display.MachineDate(config, correction.Date));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        if (article.Live is { } live) LiveBlog(json, config, article, live, url);
        json.WriteEndObject();
    }

    private static void LiveBlog(Utf8JsonWriter json, SiteConfig config, Article article, LiveCoverage live, string url)
    {
        json.WriteString("coverageStartTime", Display.MachineDate(config, article.PublishedAt));
        if (live.EndedAt is { } ended) json.WriteString("coverageEndTime", Display.MachineDate(config, ended));
        json.WriteStartArray("liveBlogUpdate");
        foreach (var update in live.Updates)
        {
            json.WriteStartObject();
            json.WriteString("@type", "BlogPosting");
            json.WriteString("@id", url + "#" + update.Id);
            json.WriteString("url", url + "#" + update.Id);
            json.WriteString("headline", update.Headline ?? $"{article.Title}: update at {Display.Time(config, update.Time)}");
            json.WriteString("datePublished", Display.MachineDate(config, update.Time));
            json.WriteStartArray("author");
            foreach (var author in update.Author is { } one ? [one] : article.Authors)
                Person(json, config, author);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void ImageObject(Utf8JsonWriter json, SiteConfig config, HeroImage image, string url, PictureCrop? crop)
    {
        json.WriteStartObject();
        json.WriteString("@type", "ImageObject");
        json.WriteString("url", config.AbsoluteUrl(url));
        if (crop is not null)
        {
            json.WriteNumber("width", crop.Width);
            json.WriteNumber("height", crop.Height);
        }
        if (image.Caption is not null) json.WriteString("caption", image.Caption);
        if (image.Credit is not null) json.WriteString("creditText", image.Credit);
        json.WriteEndObject();
    }

    private static void VideoObject(Utf8JsonWriter json, SiteConfig config, StoryVideo video)
    {
        json.WriteStartObject();
        json.WriteString("@type", "VideoObject");
        json.WriteString("name", video.Name);
        json.WriteString("description", video.Description);
        json.WriteString("thumbnailUrl", config.AbsoluteUrl(video.ThumbnailUrl));
        json.WriteString("uploadDate", video.UploadDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("url", video.Url);
        json.WriteString("embedUrl", video.EmbedUrl);
        json.WriteEndObject();
    }

    private static void WebSite(Utf8JsonWriter json, SiteConfig config)
    {
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteStartArray("@graph");
        json.WriteStartObject();
        json.WriteString("@type", "WebSite");
        json.WriteString("@id", config.BaseUrl.AbsoluteUri + "#website");
        json.WriteString("url", config.BaseUrl.AbsoluteUri);
        json.WriteString("name", config.Name);
        json.WriteString("inLanguage", config.Language);
        json.WriteStartObject("publisher");
        json.WriteString("@id", OrganizationId(config));
        json.WriteEndObject();
        json.WriteStartObject("potentialAction");
        json.WriteString("@type", "SearchAction");
        json.WriteString("target", config.AbsoluteUrl(config.BasePath + "search/") + "?q={search_term_string}");
        json.WriteString("query-input", "required name=search_term_string");
        json.WriteEndObject();
        if (config.Description is not null) json.WriteString("description", config.Description);
        json.WriteEndObject();
        Organization(json, config);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Organization(Utf8JsonWriter json, SiteConfig config)
    {
        json.WriteStartObject();
        json.WriteString("@type", "Organization");
        json.WriteString("@id", OrganizationId(config));
        json.WriteString("name", config.Name);
        json.WriteString("url", config.BaseUrl.AbsoluteUri);
        if (config.LogoUrl is not null)
        {
            json.WriteStartObject("logo");
            json.WriteString("@type", "ImageObject");
            json.WriteString("url", config.AbsoluteUrl(config.LogoUrl));
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static string OrganizationId(SiteConfig config) => config.BaseUrl.AbsoluteUri + "#organization";

    private static void Person(Utf8JsonWriter json, SiteConfig config, Author author)
    {
        json.WriteStartObject();
        json.WriteString("@type", "Person");
        json.WriteString("name", author.Name);
        json.WriteString("url", config.AbsoluteUrl(author.Url));
        json.WriteEndObject();
    }
}
