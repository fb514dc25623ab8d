using StaticNews.Import;

namespace StaticNews.Cli;

/// <summary>The import report for people: counts, files, next steps (the warnings are printed before it).</summary>
public static class ImportReportText
{
    public static void Write(ImportReport report, TextWriter output)
    {
        if (!report.Succeeded)
        {
            output.WriteLine($"Import failed with {report.Diagnostics.Count(d => d.IsError)} error(s); nothing was written to {report.InputDirectory}.");
            return;
        }
        output.WriteLine($"Imported {report.Kind} {report.Source} into {report.InputDirectory}:");
        var width = report.Counts.Select(c => c.Key.Length).DefaultIfEmpty(0).Max();
        foreach (var (name, value) in report.Counts) output.WriteLine($"  {name.PadRight(width)}  {value}");
        output.WriteLine($"  {"warnings".PadRight(width)}  {report.Diagnostics.Count}");
        output.WriteLine($"{report.Written.Count} file(s) written, {report.Replaced.Count} replaced{(report.Replaced.Count > 0 ? ": " + string.Join(", ", report.Replaced) : "")}.");
        output.WriteLine("Next steps:");
        for (var i = 0; i < report.NextSteps.Count; i++) output.WriteLine($"  {i + 1}. {report.NextSteps[i]}");
    }
}
