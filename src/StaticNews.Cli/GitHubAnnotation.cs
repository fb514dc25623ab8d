using System.Globalization;
using System.Text;
using StaticNews.Generator.Diagnostics;

namespace StaticNews.Cli;

/// <summary>A diagnostic as a GitHub Actions workflow command, so it shows on the pull request beside the line.</summary>
public static class GitHubAnnotation
{
    public static string Format(Diagnostic diagnostic)
    {
        var properties = new StringBuilder($"file={EscapeProperty(diagnostic.Path)}");
        if (diagnostic.Line > 0)
            properties.Append(CultureInfo.InvariantCulture, $",line={diagnostic.Line},col={Math.Max(diagnostic.Column, 1)}");
        properties.Append($",title={diagnostic.Code}");
        return $"::{(diagnostic.IsError ? "error" : "warning")} {properties}::{EscapeData(diagnostic.Message)}";
    }

    private static string EscapeData(string text) =>
        text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A").Replace(",", "%2C");
}
