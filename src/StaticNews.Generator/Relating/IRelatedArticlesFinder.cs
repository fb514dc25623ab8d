using StaticNews.Model;

namespace StaticNews.Generator.Relating;

/// <summary>The Relate stage's scorer: picks each article's related stories. One implementation is swapped for another here.</summary>
public interface IRelatedArticlesFinder
{
    /// <summary>Related blocks per article slug: editor pins first, never the article itself, an excluded story or a draft.</summary>
    IReadOnlyDictionary<string, RelatedStories> FindAll(Site site);

    /// <summary>The blocks of one article with each candidate's score broken down by signal; null when no article has the slug.</summary>
    RelatedExplanation? Explain(Site site, string slug);
}
