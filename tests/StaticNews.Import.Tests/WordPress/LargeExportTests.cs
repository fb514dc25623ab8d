using System.Text;
using StaticNews.Import.WordPress;

namespace StaticNews.Import.Tests.WordPress;

public sealed class LargeExportTests
{
    private const int Items = 2_000;
    private const int BodyBytes = 50_000;

    /// <summary>Writes an export of about 100 MB, almost all of it revisions (skipped and counted), streamed to disk.</summary>
    private static void WriteLargeExport(string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine("""<?xml version="1.0" encoding="UTF-8"?>""");
        writer.WriteLine("""<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">""");
        writer.WriteLine("<channel><title>Big</title><link>https://big.example.com</link>");
        var body = "<![CDATA[<p>" + new string('x', BodyBytes) + "</p>]]>";
        for (var i = 1; i <= Items; i++)
        {
            var type = i == Items ? "post" : "revision";
            writer.WriteLine($"<item><title>Item {i}</title><link>https://big.example.com/item-{i}/</link><content:encoded>{body}</content:encoded>"
                + $"<wp:post_id>{i}</wp:post_id><wp:post_date>2024-01-01 10:00:00</wp:post_date><wp:post_date_gmt>2024-01-01 10:00:00</wp:post_date_gmt>"
                + $"<wp:post_name>item-{i}</wp:post_name><wp:status>publish</wp:status><wp:post_type>{type}</wp:post_type></item>");
        }
        writer.WriteLine("</channel></rss>");
    }

    [Fact]
    public async Task A_100_MB_export_is_streamed_in_bounded_memory_and_its_unknown_post_types_are_counted()
    {
        // Given
        using var folder = new ImportedFolder();
        var export = Path.Combine(Path.GetDirectoryName(folder.Input)!, "large.xml");
        WriteLargeExport(export);
        var size = new FileInfo(export).Length;
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false) - baseline);
                Thread.Sleep(5);
            }
        });

        // When
        var report = new WordPressImporter().Import(folder.Request(export));
        stop.Cancel();
        await sampler;

        // Then
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Equal(Items - 1, report.Counts.Single(c => c.Key == "skipped: revision").Value);
        Assert.True(folder.Exists("news/item-2000.md"));
        // Loosely: the export as a string would be twice its size; streamed, a fraction of it is ever held.
        Assert.True(peak < size / 2, $"the heap grew by {peak / 1_000_000} MB while importing a {size / 1_000_000} MB export");
    }
}
