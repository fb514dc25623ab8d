using System.Text;
using System.Xml;

namespace StaticNews.Import.WordPress;

/// <summary>
/// Streams a WordPress export (WXR: RSS 2.0 with the wp:, content:, excerpt: and dc: namespaces) one item at a time,
/// so a 500 MB export never sits in memory. DTDs are refused and nothing is resolved, so no entity can expand
/// ("billion laughs") or read another file (XXE); only UTF-8 is read, and bytes that are not UTF-8 stop the read.
/// </summary>
public static partial class WxrReader
{
    /// <summary>Post meta the importer uses; the rest (often large plugin data) is not kept.</summary>
    private static readonly HashSet<string> KeptMeta = new(StringComparer.Ordinal) { "_thumbnail_id", "_wp_attachment_image_alt" };

    public static XmlReaderSettings Settings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
        CloseInput = true,
    };

    /// <summary>Reads the export in file order. Throws <see cref="XmlException"/>, <see cref="WxrEncodingException"/>, <see cref="DecoderFallbackException"/> or <see cref="InvalidDataException"/> (not an export).</summary>
    /// <param name="withBodies">Also read each item's content (the second pass); the first pass reads metadata only.</param>
    public static IEnumerable<WxrEntry> Read(string path, bool withBodies)
    {
        CheckProlog(path);
        var text = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
        using var reader = XmlReader.Create(text, Settings);
        var lines = (IXmlLineInfo)reader;
        reader.Read();
        var depth = 0;
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element) { reader.Read(); continue; }
            var name = Key(reader);
            if (depth == 0 && name != "rss") throw new InvalidDataException($"the file's root element is <{reader.Name}>, not the <rss> of a WordPress export");
            if (name is "rss" or "channel") { depth++; reader.Read(); continue; }
            var line = lines.LineNumber;
            switch (name)
            {
                case "item":
                    yield return ReadItem(reader, line, withBodies);
                    break;
                case "wp:author":
                    var author = Fields(reader.ReadSubtree());
                    reader.Read();
                    yield return new WxrAuthor(line, author.GetValueOrDefault("wp:author_login", ""), author.GetValueOrDefault("wp:author_display_name", ""));
                    break;
                case "wp:category":
                    var category = Fields(reader.ReadSubtree());
                    reader.Read();
                    yield return new WxrCategory(line, category.GetValueOrDefault("wp:category_nicename", ""), category.GetValueOrDefault("wp:cat_name", ""));
                    break;
                case "title" or "link" or "description" or "language" or "wp:base_blog_url" or "wp:base_site_url":
                    yield return new WxrSiteField(line, name, reader.ReadElementContentAsString());
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>
    /// Reads the start of the file as bytes, before any decoding: an encoding other than UTF-8 is named as such (not as
    /// the invalid bytes it leads to), and a DTD is refused at its line. The reader's own DTD prohibition stays as the guard.
    /// </summary>
    private static void CheckProlog(string path)
    {
        var head = new byte[4096];
        int length;
        using (var stream = File.OpenRead(path)) length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var prolog = Encoding.Latin1.GetString(head, 0, length);
        var declaration = EncodingDeclaration().Match(prolog);
        if (declaration.Success && declaration.Groups[1].Value.ToUpperInvariant() is not ("UTF-8" or "UTF8"))
            throw new WxrEncodingException(declaration.Groups[1].Value, 1);
        var doctype = prolog.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (doctype >= 0)
        {
            var line = prolog[..doctype].Count(c => c == '\n') + 1;
            throw new XmlException("For security reasons DTD is prohibited in this XML document.", null, line, 1);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\u00EF\u00BB\u00BF)?<\?xml[^>]*\bencoding\s*=\s*[""']([^""']+)[""']", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex EncodingDeclaration();

    /// <summary>The prefix WordPress uses and the local name ("wp:post_id"), whatever version the namespace carries.</summary>
    private static string Key(XmlReader reader)
    {
        var ns = reader.NamespaceURI;
        var prefix = ns.Length == 0 ? ""
            : ns.StartsWith("http://wordpress.org/export/", StringComparison.Ordinal) ? (ns.EndsWith("/excerpt/", StringComparison.Ordinal) ? "excerpt:" : "wp:")
            : ns.StartsWith("http://purl.org/rss/1.0/modules/content", StringComparison.Ordinal) ? "content:"
            : ns.StartsWith("http://purl.org/dc/elements/1.1", StringComparison.Ordinal) ? "dc:"
            : reader.Prefix + ":";
        return prefix + reader.LocalName;
    }

    private static Dictionary<string, string> Fields(XmlReader subtree)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        using (subtree)
        {
            subtree.Read();
            subtree.Read();
            while (!subtree.EOF)
            {
                if (subtree.NodeType == XmlNodeType.Element) fields[Key(subtree)] = subtree.ReadElementContentAsString();
                else subtree.Read();
            }
        }
        return fields;
    }

    private static WxrItem ReadItem(XmlReader reader, int line, bool withBodies)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var terms = new List<WxrTerm>();
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var item = reader.ReadSubtree())
        {
            item.Read();
            item.Read();
            while (!item.EOF)
            {
                if (item.NodeType != XmlNodeType.Element) { item.Read(); continue; }
                var key = Key(item);
                if (key == "category")
                {
                    var domain = item.GetAttribute("domain") ?? "";
                    var nicename = item.GetAttribute("nicename") ?? "";
                    terms.Add(new WxrTerm(domain, nicename, item.ReadElementContentAsString()));
                }
                else if (key == "wp:postmeta")
                {
                    var pair = Fields(item.ReadSubtree());
                    item.Read();
                    var metaKey = pair.GetValueOrDefault("wp:meta_key", "");
                    if (KeptMeta.Contains(metaKey)) meta[metaKey] = pair.GetValueOrDefault("wp:meta_value", "");
                }
                else if (key == "content:encoded" && !withBodies) item.Skip();
                else if (key is "wp:comment") item.Skip();
                else fields[key] = item.ReadElementContentAsString();
            }
        }
        reader.Read();
        string Field(string key) => fields.GetValueOrDefault(key, "").Trim();
        return new WxrItem(line)
        {
            PostId = int.TryParse(Field("wp:post_id"), out var id) ? id : null,
            Type = Field("wp:post_type"),
            Status = Field("wp:status"),
            Title = Field("title"),
            Name = Field("wp:post_name"),
            Link = Field("link"),
            DateGmt = Field("wp:post_date_gmt"),
            DateLocal = Field("wp:post_date"),
            Creator = Field("dc:creator"),
            Excerpt = fields.GetValueOrDefault("excerpt:encoded", ""),
            Content = withBodies ? fields.GetValueOrDefault("content:encoded", "") : null,
            AttachmentUrl = Field("wp:attachment_url"),
            IsSticky = Field("wp:is_sticky") == "1",
            Terms = terms,
            Meta = meta,
        };
    }
}
