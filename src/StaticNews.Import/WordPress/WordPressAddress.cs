using StaticNews.Generator.Building;

namespace StaticNews.Import.WordPress;

/// <summary>Old WordPress addresses: the site's base and the path of a permalink below it.</summary>
public static class WordPressAddress
{
    public static Uri BaseOf(IReadOnlyDictionary<string, string> fields)
    {
        foreach (var key in new[] { "wp:base_blog_url", "link", "wp:base_site_url" })
            if (SiteConfigBuilder.NormalizeBaseUrl(fields.GetValueOrDefault(key)) is { } uri) return uri;
        return new Uri("https://example.org/");
    }

    /// <summary>The path of <paramref name="link"/> below the site's base ("2024/03/port-reopens"), or null for another host.</summary>
    public static string? PathBelow(Uri baseUrl, string link)
    {
        if (!Uri.TryCreate(baseUrl, link.Trim(), out var uri) || uri.Scheme is not ("http" or "https")) return null;
        if (!uri.Host.Equals(baseUrl.Host, StringComparison.OrdinalIgnoreCase)) return null;
        var path = uri.AbsolutePath;
        if (!path.StartsWith(baseUrl.AbsolutePath, StringComparison.Ordinal)) return null;
        return path[baseUrl.AbsolutePath.Length..].Trim('/');
    }

    /// <summary>The post id of a <c>?p=ID</c> address, or null.</summary>
    public static int? QueryId(Uri baseUrl, string link)
    {
        if (!Uri.TryCreate(baseUrl, link.Trim(), out var uri)) return null;
        foreach (var pair in uri.Query.TrimStart('?').Split('&'))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length == 2 && parts[0] is "p" or "page_id" && int.TryParse(parts[1], out var id)) return id;
        }
        return null;
    }

    public static bool HasQuery(string link) => Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) && uri.Query.Length > 1;
}
