using System.Globalization;
using System.Text;
using System.Xml;

namespace StaticNews.Generator.Publishing;

/// <summary>Writes XML the same way every time: UTF-8 without BOM, "\n" line ends, indented, dates in UTC.</summary>
public static class Xml
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    public static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        return stream.ToArray();
    }

    /// <summary>W3C date and time, as sitemaps and news sitemaps want it: 2026-03-18T08:30:00Z.</summary>
    public static string W3cDate(DateTimeOffset moment) =>
        moment.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>RFC 822 date, as RSS 2.0 wants it: Wed, 18 Mar 2026 08:30:00 +0000.</summary>
    public static string Rfc822Date(DateTimeOffset moment) =>
        moment.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
}
