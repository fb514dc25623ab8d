using System.Globalization;
using StaticNews.Generator;
using StaticNews.Generator.Building;
using StaticNews.Generator.Writing;

namespace StaticNews.Cli;

/// <summary>Prints a build's diagnostics, its one-line summary and when the site next changes by itself.</summary>
public static class BuildReport
{
    public static void Write(BuildResult result, CommandConsole console)
    {
        foreach (var note in result.Notes) console.WriteDetail(note);
        console.WriteDiagnostics(result.Diagnostics);
        var outcome = result.Succeeded ? "Built" : "Build failed";
        console.WriteSummary(string.Create(CultureInfo.InvariantCulture,
            $"{outcome}: {result.ArticleCount} articles, {result.PageCount} pages ({result.PagesRendered} rendered), {result.FilesChanged} files changed{Removed(result)}, {result.FilesUnchanged} unchanged, {result.PicturesEncoded} pictures encoded, {result.WarningCount} warnings, {result.ErrorCount} errors in {result.Elapsed.TotalSeconds:0.00} s"),
            result.Succeeded);
        if (console.Verbosity == Verbosity.Quiet) return;
        if (!result.Succeeded) console.Error.WriteLine("The output folder was left as it was.");
        else if (result.NextChange is { } next)
            console.Output.WriteLine($"Next scheduled change: {Publication.Iso(next.At)} ({next.Kind} {next.SourcePath}); rebuild then. Written to {NextChangeFile.RelativePath} beside the output folder.");
        else
            console.Output.WriteLine("No scheduled change: nothing is waiting to publish or expire.");
    }

    private static string Removed(BuildResult result) =>
        result.FilesRemoved == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" ({result.FilesRemoved} removed)");
}
