using StaticNews.Generator.Diagnostics;

namespace StaticNews.Preview.LiveReload;

/// <summary>One diagnostic as the overlay shows it.</summary>
public sealed record ProblemView(string File, int Line, int Column, string Code, string Message)
{
    public static ProblemView From(Diagnostic diagnostic) =>
        new(diagnostic.Path, diagnostic.Line, diagnostic.Column, diagnostic.Code, diagnostic.Message);
}
