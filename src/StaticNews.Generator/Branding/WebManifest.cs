using System.Text.Json;
using StaticNews.Model;

namespace StaticNews.Generator.Branding;

/// <summary>The web app manifest (site.webmanifest): the newsroom's name, colours and home screen icons.</summary>
public static class WebManifest
{
    public const string FileName = "site.webmanifest";

    public static byte[] Write(SiteConfig config, IEnumerable<int> iconSizes)
    {
        var manifest = new
        {
            name = config.Name,
            short_name = config.Name,
            description = config.Description,
            lang = config.Language,
            start_url = config.BasePath,
            scope = config.BasePath,
            display = "browser",
            background_color = "#ffffff",
            theme_color = config.Brand.Colour,
            icons = iconSizes.Select(size => new { src = $"{config.BasePath}{SiteIcons.PngName(size)}", sizes = $"{size}x{size}", type = "image/png" }),
        };
        return JsonSerializer.SerializeToUtf8Bytes(manifest, Options);
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
