using StaticNews.Model;

namespace StaticNews.Generator.Relating;

/// <summary>The Relate stage's scorer: picks each article's related stories. One implementation is swapped for another here.</summary>
public interface IRelatedArticlesFinder
{
    /// <summary>Related articles per article slug: editor pins first, never the article itself or a draft.</summary>
    IReadOnlyDictionary<string, IReadOnlyList<Article>> FindAll(Site site);
}
