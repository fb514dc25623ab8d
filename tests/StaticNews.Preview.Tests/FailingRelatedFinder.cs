using StaticNews.Generator.Relating;
using StaticNews.Model;

namespace StaticNews.Preview.Tests;

/// <summary>The standard Relate engine, except that it throws while any headline holds <see cref="Trigger"/>: a stand-in for any bug in a stage.</summary>
public sealed class FailingRelatedFinder : IRelatedArticlesFinder
{
    public const string Trigger = "Meltdown";

    private readonly RelatedEngine engine = new();

    public IReadOnlyDictionary<string, RelatedStories> FindAll(Site site) =>
        site.Articles.Any(article => article.Title.Contains(Trigger, StringComparison.Ordinal))
            ? throw new InvalidOperationException("a stand-in for a bug in the Relate stage")
            : engine.FindAll(site);

    public RelatedExplanation? Explain(Site site, string slug) => engine.Explain(site, slug);
}
