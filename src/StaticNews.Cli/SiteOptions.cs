using System.CommandLine;
using System.CommandLine.Parsing;
using StaticNews.Generator;
using StaticNews.Generator.Building;

namespace StaticNews.Cli;

/// <summary>The options every command that builds the site shares (build, check, serve), and how they become <see cref="BuildOptions"/>.</summary>
public sealed class SiteOptions
{
    public readonly Option<DirectoryInfo> Input = new("--input", "-i")
    {
        Description = "The content folder holding site.yml, authors.yml and the articles.",
        DefaultValueFactory = _ => new DirectoryInfo("input"),
    };

    public readonly Option<DirectoryInfo> Output = new("--output", "-o")
    {
        Description = "Where the site is written. It is replaced whole, and only when the build succeeds.",
        DefaultValueFactory = _ => new DirectoryInfo("output"),
    };

    public readonly Option<Uri?> BaseUrl = new("--base-url")
    {
        Description = "The address the site is published at, overriding site.yml (e.g. https://example.github.io/news/).",
        CustomParser = ParseBaseUrl,
    };

    public readonly Option<bool> Drafts = new("--drafts")
    {
        Description = "Include articles marked draft: true.",
    };

    public readonly Option<bool> Future = new("--future")
    {
        Description = "Include articles dated after the build clock (scheduled stories).",
    };

    public readonly Option<DateTimeOffset?> Now = new("--now")
    {
        Description = "The build clock, as an ISO 8601 time such as 2026-11-21T09:00:00Z (no offset means UTC); default: the current time.",
        CustomParser = ParseNow,
    };

    /// <summary>Adds these options to <paramref name="command"/>; <paramref name="withOutput"/> is false for commands that write nothing.</summary>
    public void AddTo(Command command, bool withOutput = true)
    {
        command.Options.Add(Input);
        if (withOutput) command.Options.Add(Output);
        command.Options.Add(BaseUrl);
        command.Options.Add(Drafts);
        command.Options.Add(Future);
        command.Options.Add(Now);
    }

    public BuildOptions Bind(ParseResult parseResult) => new()
    {
        InputDirectory = parseResult.GetValue(Input)!.FullName,
        OutputDirectory = (parseResult.GetValue(Output) ?? new DirectoryInfo("output")).FullName,
        BaseUrl = parseResult.GetValue(BaseUrl),
        IncludeDrafts = parseResult.GetValue(Drafts),
        IncludeFuture = parseResult.GetValue(Future),
        Now = parseResult.GetValue(Now) ?? DateTimeOffset.UtcNow,
    };

    private static DateTimeOffset? ParseNow(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
        if (IsoDate.TryParse(text, TimeZoneInfo.Utc, out var now)) return now;
        result.AddError($"--now '{text}' is not an ISO 8601 time. Write it like {IsoDate.Examples}.");
        return null;
    }

    private static Uri? ParseBaseUrl(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
        var uri = SiteConfigBuilder.NormalizeBaseUrl(text);
        if (uri is null) result.AddError($"--base-url '{text}' is not an absolute http(s) address without a query (?) or fragment (#), e.g. https://example.org/news/.");
        return uri;
    }
}
