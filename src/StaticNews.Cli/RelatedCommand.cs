using System.CommandLine;
using StaticNews.Generator;
using StaticNews.Generator.Relating;

namespace StaticNews.Cli;

/// <summary><c>staticnews related &lt;slug&gt;</c>: shows an article's related blocks and, with --explain, why each story is there.</summary>
public sealed class RelatedCommand : Command
{
    public readonly SiteOptions Site = new();

    public readonly Argument<string> Slug = new("slug") { Description = "The slug of the article, e.g. storm-ilse-floods-saltmere." };

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

            var slug = parseResult.GetValue(Slug)!;
            if (engine.Explain(site, slug) is not { } explanation)
            {
                var similar = site.Articles.Select(a => a.Slug).Where(s => s.Contains(slug, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).Take(5).ToList();
                error.WriteLine($"no article has the slug '{slug}'." + (similar.Count > 0 ? $" Did you mean: {string.Join(", ", similar)}?" : " Slugs are the file names without .md, or slug: in the front matter."));
                return 1;
            }
            RelatedReport.Write(explanation, site.Config, parseResult.GetValue(Explain), output);
            return 0;
        });
    }
}
