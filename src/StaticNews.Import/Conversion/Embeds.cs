using System.Text.RegularExpressions;

namespace StaticNews.Import.Conversion;

/// <summary>Addresses of the platforms the story elements embed, and the <c>::: embed</c> block written for them.</summary>
public static partial class Embeds
{
    private static readonly string[] Hosts =
    [
        "youtube.com", "youtu.be", "vimeo.com", "twitter.com", "x.com", "instagram.com", "tiktok.com",
        "facebook.com", "fb.watch", "soundcloud.com", "open.spotify.com",
    ];

    [GeneratedRegex(@"^https?://(?:www\.)?youtube(?:-nocookie)?\.com/embed/([A-Za-z0-9_-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex YouTubePlayer();

    [GeneratedRegex(@"^https?://player\.vimeo\.com/video/([0-9]+)", RegexOptions.CultureInvariant)]
    private static partial Regex VimeoPlayer();

    /// <summary>True for an http(s) address on one of the embeddable platforms.</summary>
    public static bool IsEmbeddable(string text)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return false;
        var host = uri.Host.ToLowerInvariant();
        return Hosts.Any(known => host == known || host.EndsWith("." + known, StringComparison.Ordinal));
    }

    /// <summary>The address a platform gives for a player iframe's source (youtube.com/embed/ID → watch?v=ID), or null.</summary>
    public static string? FromPlayer(string src)
    {
        if (src.StartsWith("//", StringComparison.Ordinal)) src = "https:" + src;
        if (YouTubePlayer().Match(src) is { Success: true } youtube) return $"https://www.youtube.com/watch?v={youtube.Groups[1].Value}";
        if (VimeoPlayer().Match(src) is { Success: true } vimeo) return $"https://vimeo.com/{vimeo.Groups[1].Value}";
        if (src.StartsWith("https://open.spotify.com/embed/", StringComparison.Ordinal)) return "https://open.spotify.com/" + src["https://open.spotify.com/embed/".Length..].Split('?')[0];
        return null;
    }

    /// <summary>The story element for an embed: a line <c>::: embed URL</c>, then the closing <c>:::</c>.</summary>
    public static string Block(string url) => $"::: embed {url.Trim()}\n:::";
}
