using System.Globalization;

namespace StaticNews.Generator.Diagnostics;

/// <summary>A content problem at a place in a file, printed in MSBuild form so IDEs and CI logs link to it.</summary>
/// <param name="Path">The file as the user knows it (relative to the working folder where possible).</param>
/// <param name="Line">1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
public sealed record Diagnostic(Severity Severity, string Code, string Path, int Line, int Column, string Message)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var kind = IsError ? "error" : "warning";
        var place = Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"({Line},{Math.Max(Column, 1)})")
            : "";
        return $"{Path}{place}: {kind} {Code}: {Message}";
    }
}
