using System.Globalization;
using System.Text.RegularExpressions;
using System.Web;

namespace StaticNews.Generator.Markdown.StoryElements;

/// <summary>
/// The platforms <c>::: embed URL</c> knows. Each takes the URL an editor copies from the platform, checks every part it
/// uses against a pattern, and builds the frame address from those parts alone, so no pasted text reaches a <c>src</c>.
/// </summary>
public static partial class EmbedProviders
{
    private const string VideoAllow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
    private const string AudioAllow = "autoplay; encrypted-media";

    public static IReadOnlyList<EmbedProvider> All { get; } =
    [
        new("YouTube", EmbedKind.Video, ["youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"],
            ["https://www.youtube.com/watch?v=ID", "https://youtu.be/ID", "https://www.youtube.com/shorts/ID"], YouTube, VideoAllow),
        new("Vimeo", EmbedKind.Video, ["vimeo.com", "www.vimeo.com", "player.vimeo.com"],
            ["https://vimeo.com/123456789", "https://player.vimeo.com/video/123456789"], Vimeo, VideoAllow),
        new("X", EmbedKind.Post, ["x.com", "www.x.com", "twitter.com", "www.twitter.com", "mobile.twitter.com"],
            ["https://x.com/user/status/123456789"], X),
        new("Bluesky", EmbedKind.Post, ["bsky.app"], ["https://bsky.app/profile/handle.bsky.social/post/3kabc2xyz7d2a"], Bluesky),
        new("Instagram", EmbedKind.Post, ["instagram.com", "www.instagram.com"],
            ["https://www.instagram.com/p/CODE/", "https://www.instagram.com/reel/CODE/"], Instagram),
        new("TikTok", EmbedKind.Video, ["tiktok.com", "www.tiktok.com"], ["https://www.tiktok.com/@user/video/123456789"], TikTok, VideoAllow),
        new("Facebook", EmbedKind.Video, ["facebook.com", "www.facebook.com", "m.facebook.com"],
            ["https://www.facebook.com/page/videos/123456789/", "https://www.facebook.com/watch/?v=123456789"], Facebook, VideoAllow),
        new("Datawrapper", EmbedKind.Chart, ["datawrapper.dwcdn.net", "www.datawrapper.de", "datawrapper.de"],
            ["https://datawrapper.dwcdn.net/AbCdE/1/", "https://www.datawrapper.de/_/AbCdE/"], Datawrapper),
        new("Flourish", EmbedKind.Chart, ["public.flourish.studio", "flo.uri.sh"],
            ["https://public.flourish.studio/visualisation/123456/"], Flourish),
        new("OpenStreetMap", EmbedKind.Map, ["www.openstreetmap.org", "openstreetmap.org"],
            ["https://www.openstreetmap.org/#map=15/51.5072/-0.1276 (a point)", "https://www.openstreetmap.org/export/embed.html?bbox=W,S,E,N (an area)"],
            OpenStreetMap),
        new("SoundCloud", EmbedKind.Audio, ["soundcloud.com", "www.soundcloud.com"], ["https://soundcloud.com/artist/track"], SoundCloud, AudioAllow),
        new("Spotify", EmbedKind.Audio, ["open.spotify.com"], ["https://open.spotify.com/episode/ID (or track, show, album, playlist)"], Spotify, AudioAllow),
        new("DocumentCloud", EmbedKind.Document, ["www.documentcloud.org", "documentcloud.org", "embed.documentcloud.org"],
            ["https://www.documentcloud.org/documents/123456-name"], DocumentCloud),
    ];

    /// <summary>What the forms of every provider look like, for messages about a URL none of them accepts.</summary>
    public static string AcceptedForms =>
        string.Join("; ", All.Select(p => p.Describe()))
        + "; an .mp3 file (https://…/clip.mp3); a PDF (https://…/report.pdf); or any https page on a host listed in site.yml's embed_hosts:";

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")] private static partial Regex YouTubeId();
    [GeneratedRegex("^/(?:shorts|embed|live)/([A-Za-z0-9_-]{11})/?$")] private static partial Regex YouTubePath();
    [GeneratedRegex("^/(?:video/)?([0-9]{1,12})(?:/([0-9a-f]{6,20}))?/?$")] private static partial Regex VimeoPath();
    [GeneratedRegex("^/[A-Za-z0-9_]{1,15}/status/([0-9]{1,20})/?$")] private static partial Regex XPath();
    [GeneratedRegex("^/profile/((?:did:plc:[a-z2-7]{24})|(?:[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})+))/post/([a-z2-7]{13})/?$")]
    private static partial Regex BlueskyPath();
    [GeneratedRegex("^/(p|reel|tv)/([A-Za-z0-9_-]{5,40})/?$")] private static partial Regex InstagramPath();
    [GeneratedRegex("^/@[A-Za-z0-9_.]{1,40}/video/([0-9]{1,20})/?$")] private static partial Regex TikTokPath();
    [GeneratedRegex("^/(?:[A-Za-z0-9.]{1,80}/videos|reel)/([0-9]{1,20})/?$")] private static partial Regex FacebookPath();
    [GeneratedRegex("^/(?:_/)?([A-Za-z0-9]{5})/(?:([0-9]{1,4})/)?$")] private static partial Regex DatawrapperPath();
    [GeneratedRegex("^/(visualisation|story)/([0-9]{1,12})(?:/embed)?/?$")] private static partial Regex FlourishPath();
    [GeneratedRegex("^#map=([0-9]{1,2})/(-?[0-9]{1,3}(?:\\.[0-9]{1,8})?)/(-?[0-9]{1,3}(?:\\.[0-9]{1,8})?)$")] private static partial Regex OsmPoint();
    [GeneratedRegex("^/([A-Za-z0-9_-]{1,100})/([A-Za-z0-9_-]{1,200})/?$")] private static partial Regex SoundCloudPath();
    [GeneratedRegex("^/(?:intl-[a-z]{2}(?:-[A-Za-z]{2})?/)?(track|episode|show|album|playlist)/([A-Za-z0-9]{22})/?$")] private static partial Regex SpotifyPath();
    [GeneratedRegex("^/documents/([0-9]{1,12}-[A-Za-z0-9-]{1,200})/?$")] private static partial Regex DocumentCloudPath();

    private static string? YouTube(Uri url)
    {
        string? id = null;
        if (url.IdnHost.Equals("youtu.be", StringComparison.OrdinalIgnoreCase)) id = url.AbsolutePath.Trim('/');
        else if (url.AbsolutePath == "/watch") id = HttpUtility.ParseQueryString(url.Query)["v"];
        else if (YouTubePath().Match(url.AbsolutePath) is { Success: true } path) id = path.Groups[1].Value;
        return id is not null && YouTubeId().IsMatch(id) ? $"https://www.youtube-nocookie.com/embed/{id}?autoplay=1" : null;
    }

    private static string? Vimeo(Uri url) =>
        VimeoPath().Match(url.AbsolutePath) is { Success: true } m
            ? $"https://player.vimeo.com/video/{m.Groups[1].Value}?dnt=1&autoplay=1" + (m.Groups[2].Success ? "&h=" + m.Groups[2].Value : "")
            : null;

    private static string? X(Uri url) =>
        XPath().Match(url.AbsolutePath) is { Success: true } m ? $"https://platform.twitter.com/embed/Tweet.html?id={m.Groups[1].Value}&dnt=true" : null;

    private static string? Bluesky(Uri url) =>
        BlueskyPath().Match(url.AbsolutePath) is { Success: true } m
            ? $"https://embed.bsky.app/embed/{m.Groups[1].Value}/app.bsky.feed.post/{m.Groups[2].Value}"
            : null;

    private static string? Instagram(Uri url) =>
        InstagramPath().Match(url.AbsolutePath) is { Success: true } m ? $"https://www.instagram.com/{m.Groups[1].Value}/{m.Groups[2].Value}/embed/" : null;

    private static string? TikTok(Uri url) =>
        TikTokPath().Match(url.AbsolutePath) is { Success: true } m ? $"https://www.tiktok.com/embed/v2/{m.Groups[1].Value}" : null;

    private static string? Facebook(Uri url)
    {
        var id = FacebookPath().Match(url.AbsolutePath) is { Success: true } m ? m.Groups[1].Value
            : url.AbsolutePath.TrimEnd('/') == "/watch" ? HttpUtility.ParseQueryString(url.Query)["v"] : null;
        return id is not null && id.Length is > 0 and <= 20 && id.All(char.IsAsciiDigit)
            ? "https://www.facebook.com/plugins/video.php?href=" + Uri.EscapeDataString($"https://www.facebook.com/watch/?v={id}")
            : null;
    }

    private static string? Datawrapper(Uri url) =>
        DatawrapperPath().Match(url.AbsolutePath.EndsWith('/') ? url.AbsolutePath : url.AbsolutePath + "/") is { Success: true } m
            ? $"https://datawrapper.dwcdn.net/{m.Groups[1].Value}/" + (m.Groups[2].Success ? m.Groups[2].Value + "/" : "")
            : null;

    private static string? Flourish(Uri url) =>
        FlourishPath().Match(url.AbsolutePath) is { Success: true } m ? $"https://flo.uri.sh/{m.Groups[1].Value}/{m.Groups[2].Value}/embed" : null;

    private static string? SoundCloud(Uri url) =>
        SoundCloudPath().Match(url.AbsolutePath) is { Success: true } m
            ? "https://w.soundcloud.com/player/?url=" + Uri.EscapeDataString($"https://soundcloud.com/{m.Groups[1].Value}/{m.Groups[2].Value}") + "&auto_play=true"
            : null;

    private static string? Spotify(Uri url) =>
        SpotifyPath().Match(url.AbsolutePath) is { Success: true } m ? $"https://open.spotify.com/embed/{m.Groups[1].Value}/{m.Groups[2].Value}" : null;

    private static string? DocumentCloud(Uri url) =>
        DocumentCloudPath().Match(url.AbsolutePath) is { Success: true } m ? $"https://embed.documentcloud.org/documents/{m.Groups[1].Value}/?embed=1" : null;

    /// <summary>A point (<c>#map=zoom/lat/lon</c>, shown with a marker) or an area (<c>export/embed.html?bbox=W,S,E,N</c>).</summary>
    private static string? OpenStreetMap(Uri url)
    {
        if (url.AbsolutePath == "/export/embed.html")
        {
            var box = (HttpUtility.ParseQueryString(url.Query)["bbox"] ?? "").Split(',');
            if (box.Length != 4 || !box.All(IsDegrees)) return null;
            var (w, s, e, n) = (Number(box[0]), Number(box[1]), Number(box[2]), Number(box[3]));
            return w < e && s < n && Within(w, s) && Within(e, n) ? Frame(w, s, e, n, null) : null;
        }
        if (OsmPoint().Match(url.Fragment) is not { Success: true } m) return null;
        var (zoom, lat, lon) = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Number(m.Groups[2].Value), Number(m.Groups[3].Value));
        if (zoom is < 1 or > 19 || !Within(lon, lat)) return null;
        // About three tiles wide around the point, the share of the world one tile covers at this zoom.
        var halfWidth = 540.0 / Math.Pow(2, zoom);
        var halfHeight = halfWidth * Math.Cos(lat * Math.PI / 180) * 0.6;
        return Frame(Math.Max(lon - halfWidth, -180), Math.Max(lat - halfHeight, -85), Math.Min(lon + halfWidth, 180), Math.Min(lat + halfHeight, 85), (lat, lon));

        static string Frame(double w, double s, double e, double n, (double Lat, double Lon)? marker) =>
            $"https://www.openstreetmap.org/export/embed.html?bbox={Text(w)},{Text(s)},{Text(e)},{Text(n)}&layer=mapnik"
            + (marker is { } p ? $"&marker={Text(p.Lat)},{Text(p.Lon)}" : "");
    }

    private static bool IsDegrees(string text) =>
        text.Length is > 0 and <= 16 && double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static bool Within(double lon, double lat) => lon is >= -180 and <= 180 && lat is >= -90 and <= 90;

    private static string Text(double degrees) => Math.Round(degrees, 5).ToString("0.#####", CultureInfo.InvariantCulture);
}
