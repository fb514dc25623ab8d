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
    private readonly ConcurrentDictionary<string, bool> dependedOn = new(StringComparer.Ordinal);

    public void Error(string code, string path, int line, int column, string message) =>
        items.Enqueue(new Diagnostic(Severity.Error, code, TextCharacters.Printable(path), line, column, TextCharacters.Printable(message)));

    public void Warning(string code, string path, int line, int column, string message) =>
        items.Enqueue(new Diagnostic(Severity.Warning, code, TextCharacters.Printable(path), line, column, TextCharacters.Printable(message)));

    public bool HasErrors => items.Any(d => d.IsError);

    /// <summary>Marks a file other files depend on (site.yml, authors.yml): its problems come first, as they may be why others fail.</summary>
    public void DependedOn(string path) => dependedOn.TryAdd(path, true);

    /// <summary>
    /// All diagnostics in one stable order, the same for every reader (terminal, JSON, annotations, the preview):
    /// problems of files others depend on first, since they may be the cause, then by file, line, column and code.
    /// </summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        items.OrderBy(d => dependedOn.ContainsKey(d.Path) ? 0 : 1)
            .ThenBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
