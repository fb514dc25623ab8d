using System.Text;

namespace StaticNews.Preview.Serving;

/// <summary>
/// Reads the path of a request exactly as the client sent it and refuses anything that could name a file
/// outside the site: dot segments, encoded dots, slashes and backslashes, empty segments, control
/// characters and invalid or overlong UTF-8.
/// </summary>
public static class RequestPath
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The decoded path ("/world/harbour/"), or null when the request target is unsafe or malformed.</summary>
    public static string? Decode(string rawTarget)
    {
        var raw = Raw(rawTarget);
        if (!raw.StartsWith('/') || raw.StartsWith("//", StringComparison.Ordinal)) return null;

        var bytes = new List<byte>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '%')
            {
                if (i + 2 >= raw.Length || !byte.TryParse(raw.AsSpan(i + 1, 2), System.Globalization.NumberStyles.HexNumber, null, out var decoded)) return null;
                // An encoded separator or dot is never part of a site URL, only of an attempt to hide one.
                if (decoded is (byte)'/' or (byte)'\\' or (byte)'.' || decoded < 0x20 || decoded == 0x7f) return null;
                bytes.Add(decoded);
                i += 2;
            }
            else if (c == '\\' || c < 0x20 || c > 0x7e) return null;
            else bytes.Add((byte)c);
        }

        string path;
        try
        {
            path = StrictUtf8.GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        var segments = path.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            if (segments[i] is "." or ".." || (segments[i].Length == 0 && !last)) return null;
        }
        return path;
    }

    /// <summary>The path as the client sent it, still percent-encoded ("/tags/%CF%80…"), without query or fragment.</summary>
    public static string Raw(string rawTarget)
    {
        var end = rawTarget.IndexOfAny(['?', '#']);
        return end < 0 ? rawTarget : rawTarget[..end];
    }
}
