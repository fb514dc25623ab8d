using System.Globalization;
using System.Text;
using System.Xml;
using StaticNews.Generator.Building;
using StaticNews.Generator.Diagnostics;
using StaticNews.Import.Conversion;

namespace StaticNews.Import.WordPress;

/// <summary>
/// <c>staticnews import wordpress</c>: two streamed passes over the export. The first checks the whole file and places
/// every post (slug, section, old addresses); only when it found no error and no file would be replaced does the
/// second convert each body and write the input folder. So a hostile or broken export writes nothing.
/// </summary>
public sealed partial class WordPressImporter(HtmlToMarkdown converter)
{
    private const string NoDate = "0000-00-00 00:00:00";

    public WordPressImporter() : this(new HtmlToMarkdown()) { }

    public ImportReport Import(ImportRequest request)
    {
        var diagnostics = new DiagnosticBag();
        var counts = new ImportCounts();
        var source = request.Source;
        var report = new ImportReport("wordpress", source, request.InputDirectory);
        if (!File.Exists(source))
        {
            diagnostics.Error(Codes.ImportUnreadableSource, source, 0, 0, "the export file does not exist. Export it in WordPress under Tools → Export → All content.");
            return report with { Diagnostics = diagnostics.ToSortedList() };
        }

        var site = ReadWhole(request, diagnostics, counts);
        if (site is null || diagnostics.HasErrors) return report with { Diagnostics = diagnostics.ToSortedList(), Counts = counts.ToList() };

        var target = new TargetFolder(request.InputDirectory, request.Force);
        var planned = new[] { "site.yml", "authors.yml" }.Concat(site.Posts.Values.Select(p => $"{p.Section}/{p.Slug}.md"));
        var existing = target.Existing(planned);
        if (existing.Count > 0 && !request.Force)
        {
            foreach (var file in existing)
                diagnostics.Error(Codes.ImportWouldOverwrite, Path.Combine(request.InputDirectory, file), 0, 0,
                    "the import would replace this file. Import into an empty folder (--input DIR), or pass --force to replace it.");
            return report with { Diagnostics = diagnostics.ToSortedList(), Counts = counts.ToList() };
        }

        WriteSite(request, site, target, diagnostics, counts);
        foreach (var replaced in target.Replaced)
            diagnostics.Warning(Codes.ImportReplacedFile, Path.Combine(request.InputDirectory, replaced), 0, 0, "replaced by --force.");

        return report with
        {
            Diagnostics = diagnostics.ToSortedList(),
            Counts = counts.ToList(),
            Written = target.Written,
            Replaced = target.Replaced,
            Unrouted = Unrouted(site),
            NextSteps = NextSteps(request, site, diagnostics),
        };
    }

    /// <summary>The first pass: the whole export is read and checked, and every post placed, before anything is written.</summary>
    private WordPressSite? ReadWhole(ImportRequest request, DiagnosticBag diagnostics, ImportCounts counts)
    {
        var site = new WordPressSite();
        var posts = new List<WxrItem>();
        var source = request.Source;
        try
        {
            foreach (var entry in WxrReader.Read(source, withBodies: false))
            {
                switch (entry)
                {
                    case WxrSiteField field: site.Fields.TryAdd(field.Name, field.Value.Trim()); break;
                    case WxrAuthor author: site.AuthorNames[author.Login] = author.DisplayName; break;
                    case WxrCategory category: site.CategoryNames[category.Nicename] = category.Name; break;
                    case WxrItem { Type: "attachment" } attachment:
                        counts.Add("attachments");
                        if (attachment.PostId is { } id) site.Attachments[id] = attachment;
                        break;
                    case WxrItem item: posts.Add(item); break;
                }
            }
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            diagnostics.Error(Codes.ImportDtdRefused, source, e.LineNumber, e.LinePosition,
                "the export declares a DTD (<!DOCTYPE …>). WordPress never writes one, and its entities could expand without end (\"billion laughs\") or read files (XXE), so it is refused. Export again from WordPress, or delete the <!DOCTYPE> declaration.");
            return null;
        }
        catch (XmlException e)
        {
            diagnostics.Error(Codes.ImportMalformedXml, source, e.LineNumber, e.LinePosition,
                $"the export is not well-formed XML: {e.Message.Split(" Line ")[0].TrimEnd('.')}. Export again from WordPress (a cut-off download is the usual cause).");
            return null;
        }
        catch (WxrEncodingException e)
        {
            diagnostics.Error(Codes.ImportEncoding, source, e.Line, 1,
                $"{e.Message}; StaticNews reads UTF-8 exports only. Convert it, e.g. iconv -f {e.Encoding} -t UTF-8, and change the declaration to encoding=\"UTF-8\".");
            return null;
        }
        catch (InvalidDataException e)
        {
            diagnostics.Error(Codes.ImportUnreadableSource, source, 1, 1,
                $"{e.Message}. Export the site in WordPress under Tools → Export → All content, and import that file.");
            return null;
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(Codes.ImportEncoding, source, 0, 0,
                "the export holds bytes that are not UTF-8. Convert it to UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8) and import again.");
            return null;
        }

        Place(request, site, posts, diagnostics, counts);
        return site;
    }

    private static string? DateOf(WxrItem item)
    {
        const string format = "yyyy-MM-dd HH:mm:ss";
        if (item.DateGmt != NoDate && DateTime.TryParseExact(item.DateGmt, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var utc))
            return utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        if (item.DateLocal != NoDate && DateTime.TryParseExact(item.DateLocal, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        return null;
    }

    private static IReadOnlyList<KeyValuePair<string, string>> Unrouted(WordPressSite site) =>
        site.Posts.Values.Where(p => p.IsPublished && p.PostId is not null)
            .OrderBy(p => p.PostId)
            .Select(p => KeyValuePair.Create($"?p={p.PostId}", p.Url))
            .ToList();

    private static IReadOnlyList<string> NextSteps(ImportRequest request, WordPressSite site, DiagnosticBag diagnostics)
    {
        var all = diagnostics.ToSortedList();
        var steps = new List<string>();
        if (all.Count > 0) steps.Add("Read the warnings: each names the post (its id and slug) and what was changed or left out.");
        if (all.Any(d => d.Code == Codes.ImportUnmappedCategory)) steps.Add("Map categories to sections with --section CATEGORY=SECTION and import again into an empty folder.");
        if (all.Any(d => d.Code == Codes.ImportMissingUpload)) steps.Add("Copy wp-content/uploads from the old server and pass --uploads DIR, so pictures are served from the new site.");
        if (all.Any(d => d.Code == Codes.ImportSticky)) steps.Add("Sticky posts are listed above; pin them on the front page when StaticNews has front.yml.");
        steps.Add($"Check site.yml (name, base_url, language, timezone) and authors.yml (roles, bios), then run: staticnews build --input {request.InputDirectory}");
        if (site.Posts.Values.Any(p => p.IsPublished))
            steps.Add("Old ?p=ID addresses cannot be served by a static host; the JSON report (--format json) lists each with its new address under \"unrouted\", for a rewrite rule on a server that has them.");
        return steps;
    }
}
