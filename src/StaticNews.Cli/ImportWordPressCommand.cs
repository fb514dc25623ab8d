using System.CommandLine;
using StaticNews.Generator.Building;
using StaticNews.Import;
using StaticNews.Import.WordPress;

namespace StaticNews.Cli;

/// <summary><c>staticnews import wordpress &lt;export.xml&gt;</c>.</summary>
public sealed class ImportWordPressCommand : Command
{
    public readonly ImportOptions Import = new();

    public readonly Argument<FileInfo> Export = new("export") { Description = "The WXR file from WordPress's Tools → Export → All content." };

    public readonly Option<DirectoryInfo?> Uploads = new("--uploads")
    {
        Description = "The wp-content/uploads folder copied from the old server; pictures are copied from it into images/.",
    };

    public readonly Option<string[]> Sections = new("--section")
    {
        Description = "CATEGORY=SECTION: put posts whose first category has this slug in this section; repeat for each. When given, other categories go to --default-section.",
    };

    public readonly Option<string> DefaultSection = new("--default-section")
    {
        Description = "The section of posts with no (mapped) category.",
        DefaultValueFactory = _ => "news",
    };

    public readonly Option<string> TimeZone = new("--timezone")
    {
        Description = "The site's IANA time zone for site.yml (WordPress → Settings → General); drafts' dates are read in it.",
        DefaultValueFactory = _ => "UTC",
    };

    public ImportWordPressCommand(CliEnvironment environment) : base("wordpress", "Import a WordPress export (WXR): posts, authors, categories, tags, pictures, old addresses.")
    {
        Arguments.Add(Export);
        Import.AddTo(this);
        Options.Add(Uploads);
        Options.Add(Sections);
        Options.Add(DefaultSection);
        Options.Add(TimeZone);
        Validators.Add(result =>
        {
            foreach (var pair in result.GetValue(Sections) ?? [])
            {
                if (pair.Split('=') is not [{ Length: > 0 }, { Length: > 0 } section])
                    result.AddError($"--section '{pair}' is not CATEGORY=SECTION, e.g. --section world-news=world.");
                else if (!IsSectionSlug(section))
                    result.AddError($"--section '{pair}': '{section}' is not a usable section slug. Use {Slugs.Rule}.");
            }
            if (result.GetValue(DefaultSection) is { } fallback && !IsSectionSlug(fallback))
                result.AddError($"--default-section '{fallback}' is not a usable section slug. Use {Slugs.Rule}.");
            if (result.GetValue(TimeZone) is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
                result.AddError($"--timezone '{zone}' is not a known time zone. Use an IANA name such as Europe/London or UTC.");
        });
        SetAction(parseResult =>
        {
            var request = new ImportRequest
            {
                Source = parseResult.GetValue(Export)!.ToString(),
                InputDirectory = parseResult.GetValue(Import.Input)!.ToString(),
                Force = parseResult.GetValue(Import.Force),
                Uploads = parseResult.GetValue(Uploads)?.FullName,
                SectionMap = (parseResult.GetValue(Sections) ?? []).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal),
                DefaultSection = parseResult.GetValue(DefaultSection)!,
                TimeZone = parseResult.GetValue(TimeZone)!,
            };
            return ImportCommand.Finish(parseResult, environment, Import, new WordPressImporter().Import(request));
        });
    }

    private static bool IsSectionSlug(string slug) => Slugs.IsValid(slug) && !UrlPaths.Reserved.Contains(slug);
}
