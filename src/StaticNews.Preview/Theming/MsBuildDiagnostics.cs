using System.Globalization;
using System.Text.RegularExpressions;
using StaticNews.Generator.Diagnostics;

namespace StaticNews.Preview.Theming;

/// <summary>Turns the error lines of <c>dotnet build</c> (<c>file(line,col): error CS0103: message [project]</c>) into diagnostics.</summary>
public static partial class MsBuildDiagnostics
{
    [GeneratedRegex(@"^\s*(?<file>[^\s(][^(]*?)\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\): error (?<code>[A-Z]+\d+): (?<message>.*?)(?: \[[^\]]+\])?\s*$")]
    private static partial Regex ErrorLine();

    public static IReadOnlyList<Diagnostic> Parse(string buildOutput)
    {
        var workingFolder = Environment.CurrentDirectory;
        return buildOutput.Split('\n')
            .Select(line => ErrorLine().Match(line))
            .Where(match => match.Success)
            .Select(match => new Diagnostic(Severity.Error, match.Groups["code"].Value,
                Display(match.Groups["file"].Value.Trim(), workingFolder),
                int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture),
                match.Groups["message"].Value))
            .Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
    }

    private static string Display(string file, string workingFolder)
    {
        var relative = Path.GetRelativePath(workingFolder, file);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? file : relative).Replace('\\', '/');
    }
}
