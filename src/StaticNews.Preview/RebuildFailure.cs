using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;

namespace StaticNews.Preview;

/// <summary>
/// Turns an exception that stopped a rebuild into a diagnostic, so the overlay and the terminal show it like any
/// other error and the watcher keeps going: a preview must survive whatever the build survives, and more.
/// </summary>
internal static class RebuildFailure
{
    /// <summary>One diagnostic per exception: the parallel stages wrap theirs in an <see cref="AggregateException"/>.</summary>
    public static IReadOnlyList<Diagnostic> From(Exception exception, string inputDirectory)
    {
        var input = InputFolder.From(inputDirectory);
        var causes = exception is AggregateException many ? many.Flatten().InnerExceptions : [exception];
        return causes.Select(cause => One(cause, input)).Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
    }

    private static Diagnostic One(Exception exception, InputFolder input) =>
        exception switch
        {
            IOException or UnauthorizedAccessException => new Diagnostic(Severity.Error, Codes.RebuildCouldNotRead, PathOf(exception, input), 0, 0,
                $"a file could not be read while rebuilding ({exception.Message}). Make sure the file is complete and readable, then save again."),
            _ => new Diagnostic(Severity.Error, Codes.RebuildFailed, input.DisplayRoot, 0, 0,
                $"the rebuild stopped with {exception.GetType().Name}: {exception.Message} Undo or fix the last change and save again; " +
                "if it keeps happening, please report it as a StaticNews bug with this message."),
        };

    /// <summary>The file the exception names, as the user knows it; the input folder when it names none.</summary>
    private static string PathOf(Exception exception, InputFolder input)
    {
        var file = exception is FileNotFoundException { FileName: { } name } ? Path.GetFullPath(name) : null;
        if (file is null) return input.DisplayRoot;
        var relative = input.Relative(file);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? file.Replace('\\', '/') : input.Display(relative);
    }
}
