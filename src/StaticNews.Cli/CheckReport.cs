using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using StaticNews.Generator;
using StaticNews.Generator.Diagnostics;

namespace StaticNews.Cli;

/// <summary>Prints what <c>staticnews check</c> found, as text lines or as one JSON document on standard output.</summary>
public static class CheckReport
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // The document goes to a terminal or a tool, never into HTML, so quotes and apostrophes stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static void Write(GeneratedSite site, TimeSpan elapsed, CheckFormat format, CommandConsole console)
    {
        var errors = site.Diagnostics.Count(d => d.IsError);
        var warnings = site.Diagnostics.Count - errors;
        var articles = site.Site?.Articles.Count ?? 0;
        if (format == CheckFormat.Json)
        {
            console.Progress.Clear();
            var document = new JsonReport(site.Succeeded, articles, site.PageCount, errors, warnings, site.Diagnostics.Select(JsonDiagnostic.From).ToList());
            console.Output.WriteLine(JsonSerializer.Serialize(document, Json));
            return;
        }
        console.WriteDiagnostics(site.Diagnostics);
        var outcome = site.Succeeded ? "Checked" : "Check failed";
        console.WriteSummary(string.Create(CultureInfo.InvariantCulture,
            $"{outcome}: {articles} articles, {site.PageCount} pages, {warnings} warnings, {errors} errors in {elapsed.TotalSeconds:0.00} s"), site.Succeeded);
    }

    private sealed record JsonReport(bool Succeeded, int Articles, int Pages, int Errors, int Warnings, IReadOnlyList<JsonDiagnostic> Diagnostics);

    private sealed record JsonDiagnostic(Severity Severity, string Code, string File, int Line, int Column, string Message)
    {
        public static JsonDiagnostic From(Diagnostic d) => new(d.Severity, d.Code, d.Path, d.Line, d.Column, d.Message);
    }
}
