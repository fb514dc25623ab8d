using System.Text.Encodings.Web;
using System.Text.Json;
using StaticNews.Import;

namespace StaticNews.Cli;

/// <summary>The import report as one JSON document, for tools and for reviewing a big import.</summary>
public static class ImportReportJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(ImportReport report) => JsonSerializer.Serialize(new
    {
        kind = report.Kind,
        source = report.Source,
        input = report.InputDirectory,
        succeeded = report.Succeeded,
        counts = report.Counts.ToDictionary(c => c.Key, c => c.Value),
        diagnostics = report.Diagnostics.Select(d => new
        {
            severity = d.IsError ? "error" : "warning",
            code = d.Code,
            file = d.Path,
            line = d.Line,
            message = d.Message,
        }),
        written = report.Written,
        replaced = report.Replaced,
        unrouted = report.Unrouted.Select(u => new { old = u.Key, @new = u.Value }),
        next_steps = report.NextSteps,
    }, Options);
}
