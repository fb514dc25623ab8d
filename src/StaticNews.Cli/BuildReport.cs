using System.Globalization;
using StaticNews.Generator;

namespace StaticNews.Cli;

/// <summary>Prints a build's diagnostics and its one-line summary.</summary>
public static class BuildReport
{
    public static void Write(BuildResult result, CommandConsole console)
    {
        console.WriteDiagnostics(result.Diagnostics);
        var outcome = result.Succeeded ? "Built" : "Build failed";
        console.WriteSummary(string.Create(CultureInfo.InvariantCulture,
            $"{outcome}: {result.ArticleCount} articles, {result.PageCount} pages, {result.FilesWritten} files written, {result.WarningCount} warnings, {result.ErrorCount} errors in {result.Elapsed.TotalSeconds:0.00} s"),
            result.Succeeded);
        if (!result.Succeeded && console.Verbosity != Verbosity.Quiet) console.Error.WriteLine("The output folder was left as it was.");
    }
}
