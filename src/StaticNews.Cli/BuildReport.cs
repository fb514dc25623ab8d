using System.Globalization;
using StaticNews.Generator;
using StaticNews.Generator.Building;
using StaticNews.Generator.Writing;

namespace StaticNews.Cli;

/// <summary>Prints a build's diagnostics (errors to the error writer) and its one-line summary.</summary>
public static class BuildReport
{
    public static void Write(BuildResult result, TextWriter output, TextWriter error)
    {
        foreach (var diagnostic in result.Diagnostics)
            (diagnostic.IsError ? error : output).WriteLine(diagnostic.ToString());

        var outcome = result.Succeeded ? "Built" : "Build failed";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{outcome}: {result.ArticleCount} articles, {result.PageCount} pages, {result.FilesWritten} files written, {result.WarningCount} warnings, {result.ErrorCount} errors in {result.Elapsed.TotalSeconds:0.00} s"));
        if (!result.Succeeded) error.WriteLine("The output folder was left as it was.");
        else if (result.NextChange is { } next)
            output.WriteLine($"Next scheduled change: {Publication.Iso(next.At)} ({next.Kind} {next.SourcePath}); rebuild then. Written to {NextChangeFile.RelativePath} beside the output folder.");
        else
            output.WriteLine("No scheduled change: nothing is waiting to publish or expire.");
    }
}
