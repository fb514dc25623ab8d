using System.Buffers;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Components.Web;
using StaticNews.Generator.Rendering;
using StaticNews.Model;
using StaticNews.Model.Pages;

namespace StaticNews.Generator.Incremental;

/// <summary>
/// Computes each page's <see cref="PageKey"/>: the page model serialized to JSON with every article it shows replaced by
/// that article's own hash and the site replaced by the hash of its settings — the only part of <see cref="Site"/>
/// a theme may read (ThemeReadsOnlyItsPageModelTests holds the theme to that).
/// Hashing the data a page reads, rather than listing its inputs, is the dependency map: a page whose data did not change keeps its key.
/// </summary>
public static class PageKeys
{
    private const int InitialBuffer = 16 * 1024;
    private const int KeptBuffer = 1024 * 1024;

    // Each thread serializes into one reused buffer: a build hashes every article and page, and the JSON was its busiest allocation.
    [ThreadStatic] private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? threadScratch;

    public static IReadOnlyList<PageKey> Compute(Site site, IReadOnlyList<PageModel> pages, SiteTheme theme, int workers)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, workers) };
        var articleKeys = new UInt128[site.Articles.Count];
        var articleOptions = Options(articleKey: null, siteKey: null);
        Parallel.For(0, site.Articles.Count, parallel, i => articleKeys[i] = Hash(site.Articles[i], typeof(Article), articleOptions));

        var byArticle = new Dictionary<Article, byte[]>(site.Articles.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < articleKeys.Length; i++) byArticle[site.Articles[i]] = Utf8Hex(articleKeys[i]);
        var siteKey = Utf8Hex(Hash(new SiteSettings(Identity(theme), site.Config), typeof(SiteSettings), articleOptions));

        var pageOptions = Options(article => byArticle.TryGetValue(article, out var key) ? key : Utf8Hex(Hash(article, typeof(Article), articleOptions)), siteKey);
        var keys = new PageKey[pages.Count];
        Parallel.For(0, pages.Count, parallel, i => keys[i] = new PageKey(Hash(pages[i], pages[i].GetType(), pageOptions)));
        return keys;
    }

    /// <summary>What renders the pages: the theme's components and assets, this generator and the Razor renderer.</summary>
    private static string Identity(SiteTheme theme)
    {
        var identity = new StringBuilder();
        foreach (var assembly in new[] { typeof(PageKeys).Assembly, typeof(HtmlRenderer).Assembly, typeof(PageModel).Assembly })
            identity.Append(assembly.ManifestModule.ModuleVersionId).Append(';');
        identity.Append(theme.Identity).Append(';');
        var assets = new XxHash128();
        foreach (var path in theme.AssetPaths.Order(StringComparer.Ordinal))
        {
            assets.Append(Encoding.UTF8.GetBytes(path));
            using var stream = theme.OpenAsset(path);
            assets.Append(stream);
        }
        return identity.Append(assets.GetCurrentHashAsUInt128()).ToString();
    }

    private static UInt128 Hash(object value, Type type, JsonSerializerOptions options)
    {
        // Taken off the thread while in use: a page's converter may hash an article in the middle of the page.
        var (buffer, writer) = threadScratch ?? NewScratch();
        threadScratch = null;
        try
        {
            JsonSerializer.Serialize(writer, value, type, options);
            writer.Flush();
            return XxHash128.HashToUInt128(buffer.WrittenSpan);
        }
        finally
        {
            // Reset even after a failed write, so the next hash starts from empty; a buffer a huge article grew is dropped.
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            if (buffer.Capacity <= KeptBuffer) threadScratch = (buffer, writer);
        }
    }

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) NewScratch()
    {
        var buffer = new ArrayBufferWriter<byte>(InitialBuffer);
        return (buffer, new Utf8JsonWriter(buffer));
    }

    /// <summary>A key as the JSON string value a page holds in place of what it hashes, written once rather than at every mention.</summary>
    private static byte[] Utf8Hex(UInt128 key) => Encoding.ASCII.GetBytes(key.ToString("x32", System.Globalization.CultureInfo.InvariantCulture));

    private static JsonSerializerOptions Options(Func<Article, byte[]>? articleKey, byte[]? siteKey)
    {
        var options = new JsonSerializerOptions { IncludeFields = false };
        options.Converters.Add(new TimeZoneConverter());
        options.Converters.Add(new TextProfileConverter());
        if (articleKey is not null)
        {
            options.Converters.Add(new KeyConverter<Article>(articleKey));
            options.Converters.Add(new KeyConverter<Site>(_ => siteKey!));
        }
        return options;
    }

    private sealed record SiteSettings(string Renderer, SiteConfig Config);

    /// <summary>Writes an object as its hash, so a page's JSON stays small and names the exact version of what it shows.</summary>
    private sealed class KeyConverter<T>(Func<T, byte[]> utf8Key) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(utf8Key(value));
    }

    private sealed class TimeZoneConverter : JsonConverter<TimeZoneInfo>
    {
        public override TimeZoneInfo Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, TimeZoneInfo value, JsonSerializerOptions options) => writer.WriteStringValue(value.Id);
    }

    /// <summary>The relating profile is derived from the title and body, which are hashed already.</summary>
    private sealed class TextProfileConverter : JsonConverter<TextProfile>
    {
        public override TextProfile Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, TextProfile value, JsonSerializerOptions options) => writer.WriteNullValue();
    }
}
