using System.CommandLine;
using StaticNews.Generator;
using StaticNews.Generator.Relating;

namespace StaticNews.Cli;

/// <summary><c>staticnews related &lt;slug&gt;</c>: shows an article's related blocks and, with --explain, why each story is there.</summary>
public sealed class RelatedCommand : Command
{
    public readonly SiteOptions Site = new();

    public readonly Argument<string> Slug = new("slug") { Description = "The slug of the article, e.g. storm-ilse-floods-saltmere (or world/storm-ilse-floods-saltmere)." };

    public readonly Option<bool> Explain = new("--explain")
    {
        Description = "Show each signal's share of every story's score, and the next-best candidates.",
    };

    public RelatedCommand() : base("related", "List the stories the related blocks of one article would show.")
    {
        Arguments.Add(Slug);
        Site.AddTo(this, withOutput: false);
        Options.Add(Explain);
        SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var engine = new RelatedEngine();
            var generated = new SiteGenerator(engine).Relate(Site.Bind(parseResult));
            // Warnings go to the error writer too, so the output is only the blocks.
            foreach (var diagnostic in generated.Diagnostics) error.WriteLine(diagnostic.ToString());
            if (generated.Site is not { } site || !generated.Succeeded)
            {
                error.WriteLine("The site has errors; fix them first.");
                return 1;
            }

            var given = parseResult.GetValue(Slug)!;
            var slug = SlugOf(given, site);
            if (engine.Explain(site, slug) is not { } explanation)
            {
                var word = slug.Split('/')[^1];
                var similar = site.Articles.Where(a => a.Slug.Contains(word, StringComparison.OrdinalIgnoreCase))
                    .Select(a => $"{a.Section.Slug}/{a.Slug}").Order(StringComparer.Ordinal).Take(5).ToList();
                error.WriteLine($"No article has the slug '{given}'." + (similar.Count > 0
                    ? $" Did you mean: {string.Join(", ", similar)}?"
                    : " Give the file name without .md (or its slug: from the front matter), alone or after its section, e.g. world/storm-closes-harbour."));
                return 1;
            }
            RelatedReport.Write(explanation, site.Config, parseResult.GetValue(Explain), output);
            return 0;
        });
    }

    /// <summary>
    /// The article's slug from what an editor types: the slug, or the section and slug as in its address or file path
    /// (world/storm-closes-harbour, /world/storm-closes-harbour/, world/storm-closes-harbour.md).
    /// </summary>
    private static string SlugOf(string given, StaticNews.Model.Site site)
    {
        var path = given.Trim().Trim('/');
        if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) path = path[..^3];
        var parts = path.Split('/');
        return parts.Length == 2 && site.Articles.Any(a => a.Slug == parts[1] && a.Section.Slug == parts[0]) ? parts[1] : path;
    }
}
