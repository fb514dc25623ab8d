using System.Collections;

namespace StaticNews.Cli;

/// <summary>What commands learn from the process around them — clock, environment variables, terminals — so tests can set each.</summary>
public sealed record CliEnvironment
{
    public TimeProvider Clock { get; init; } = TimeProvider.System;
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>True when standard output is a terminal a person watches, not a file or a pipe.</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>True when standard error is a terminal a person watches, not a file or a pipe.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>A redirected, variable-free environment with the system clock: what tests start from.</summary>
    public static CliEnvironment Plain { get; } = new();

    public static CliEnvironment FromProcess() => new()
    {
        Variables = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string?)entry.Value ?? "", StringComparer.Ordinal),
        OutputIsTerminal = !Console.IsOutputRedirected,
        ErrorIsTerminal = !Console.IsErrorRedirected,
    };

    /// <summary>https://no-color.org: any non-empty NO_COLOR turns colours off.</summary>
    public bool NoColor => Variables.TryGetValue("NO_COLOR", out var value) && value.Length > 0;

    public bool IsDumbTerminal => Variables.TryGetValue("TERM", out var value) && value == "dumb";

    public bool InGitHubActions => Variables.TryGetValue("GITHUB_ACTIONS", out var value) && value == "true";

    public bool ColorOutput => OutputIsTerminal && !IsDumbTerminal && !NoColor;
    public bool ColorError => ErrorIsTerminal && !IsDumbTerminal && !NoColor;

    /// <summary>A progress line rewritten in place needs a terminal that understands a carriage return.</summary>
    public bool LiveProgress => ErrorIsTerminal && !IsDumbTerminal;
}
