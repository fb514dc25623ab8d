using System.Text.RegularExpressions;
using StaticNews.Generator.Markdown.StoryElements;

namespace StaticNews.Import.Conversion;

/// <summary>Addresses of the platforms the story elements embed, and the <c>::: embed</c> block written for them.</summary>
public static partial class Embeds
{
    [GeneratedRegex(@"^https?://(?:www\.)?youtube(?:-nocookie)?\.com/embed/([A-Za-z0-9_-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex YouTubePlayer();

    [GeneratedRegex(@"^https?://player\.vimeo\.com/video/([0-9]+)", RegexOptions.CultureInvariant)]
    private static partial Regex VimeoPlayer();

    /// <summary>
    /// True for an address the story elements embed as it is (the generator's own platform patterns; an http address
    /// counts as its https twin). Anything else stays a link, so an import never writes an embed the build refuses.
    /// </summary>
    public static bool IsEmbeddable(string text) =>
        Uri.TryCreate(Secure(text), UriKind.Absolute, out var uri) && uri.Scheme == "https"
        && EmbedProviders.All.FirstOrDefault(provider => provider.Serves(uri)) is { } known && known.FrameUrl(uri) is not null;

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
    public static string Block(string url) => $"::: embed {Secure(url)}\n:::";

    /// <summary>The embed block for an address the story elements take, otherwise the address as a plain link.</summary>
    public static string BlockOrLink(string url) => IsEmbeddable(url) ? Block(url) : $"<{Secure(url)}>";

    private static string Secure(string url) =>
        url.Trim() is var trimmed && trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "https://" + trimmed[7..] : trimmed;
}
