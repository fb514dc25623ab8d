using System.Text.RegularExpressions;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Incremental;

/// <summary>
/// A page's key hashes its page model and, of the whole site, only <c>Site.Config</c>. A template that read
/// <c>Site.Articles</c> or <c>Site.Related</c> directly would show data its key does not cover, and an incremental
/// build would leave that page stale: such data must reach the template through its page model.
/// </summary>
public sealed partial class ThemeReadsOnlyItsPageModelTests
{
    [Fact]
    public void Theme_templates_read_nothing_of_the_site_but_its_settings()
    {
        var themeFolder = Path.Combine(RepositoryPaths.Root, "theme");
        var sources = Directory.EnumerateFiles(themeFolder, "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".razor", StringComparison.Ordinal) || file.EndsWith(".cs", StringComparison.Ordinal))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var reads = sources.SelectMany(file => SiteMember().Matches(File.ReadAllText(file))
            .Select(match => $"{Path.GetRelativePath(themeFolder, file)}: Site.{match.Groups[1].Value}")).ToList();

        Assert.NotEmpty(sources);
        Assert.All(reads, read => Assert.EndsWith("Site.Config", read));
    }

    [GeneratedRegex(@"\bSite\.([A-Z][A-Za-z]*)")]
    private static partial Regex SiteMember();
}
