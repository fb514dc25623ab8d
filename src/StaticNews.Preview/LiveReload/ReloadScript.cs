using System.Globalization;
using System.Text;

namespace StaticNews.Preview.LiveReload;

/// <summary>The live-reload script, and how it is added to HTML as it is served (never to what <c>build</c> writes).</summary>
public static class ReloadScript
{
    public const string Prefix = "/_staticnews/";
    public const string ScriptPath = Prefix + "live-reload.js";
    public const string EventsPath = Prefix + "events";

    private static readonly byte[] BodyEnd = "</body>"u8.ToArray();

    /// <summary>The script's source, embedded in this assembly.</summary>
    public static byte[] Source { get; } = ReadSource();

    /// <summary>Served for every page until the first build has finished (or while it fails): the script shows progress or errors.</summary>
    public static byte[] Placeholder { get; } = Encoding.UTF8.GetBytes(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>StaticNews preview</title></head>" +
        "<body><p>StaticNews is building the site…</p></body></html>");

    public static string Tag(int version) => string.Create(CultureInfo.InvariantCulture,
        $"<script src=\"{ScriptPath}\" data-version=\"{version}\" data-events=\"{EventsPath}\"></script>");

    /// <summary>A copy of <paramref name="html"/> with the script tag before its last <c>&lt;/body&gt;</c> (or at the end).</summary>
    public static byte[] InjectInto(byte[] html, int version)
    {
        var tag = Encoding.UTF8.GetBytes(Tag(version));
        var at = html.AsSpan().LastIndexOf(BodyEnd);
        if (at < 0) at = html.Length;
        var result = new byte[html.Length + tag.Length];
        html.AsSpan(0, at).CopyTo(result);
        tag.CopyTo(result.AsSpan(at));
        html.AsSpan(at).CopyTo(result.AsSpan(at + tag.Length));
        return result;
    }

    private static byte[] ReadSource()
    {
        using var stream = typeof(ReloadScript).Assembly.GetManifestResourceStream("live-reload.js")
            ?? throw new InvalidOperationException("live-reload.js is not embedded in StaticNews.Preview.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
