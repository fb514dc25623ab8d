using System.Collections.Concurrent;
using StaticNews.Generator.Loading;

namespace StaticNews.Generator.Diagnostics;

/// <summary>
/// Collects every problem of a run, from any thread, so all of them are reported at once. Paths and messages are made
/// printable here (<see cref="TextCharacters.Printable"/>), so a control character quoted from content cannot break
/// the terminal, a GitHub annotation or <c>check --format json</c>.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> items = new();

    public void Error(string code, string path, int line, int column, string message) =>
        items.Enqueue(new Diagnostic(Severity.Error, code, TextCharacters.Printable(path), line, column, TextCharacters.Printable(message)));

    public void Warning(string code, string path, int line, int column, string message) =>
        items.Enqueue(new Diagnostic(Severity.Warning, code, TextCharacters.Printable(path), line, column, TextCharacters.Printable(message)));

    public bool HasErrors => items.Any(d => d.IsError);

    /// <summary>All diagnostics in a stable order: by file, line, column, then code.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        items.OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
