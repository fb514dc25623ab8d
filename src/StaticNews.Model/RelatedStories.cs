namespace StaticNews.Model;

/// <summary>The two related blocks under an article: the most similar stories of any date, and newer stories on the same event.</summary>
/// <param name="Explore">Editor pins first, then the most similar stories.</param>
/// <param name="Latest">Similar stories published after the article, newest first; never repeats <paramref name="Explore"/>.</param>
public sealed record RelatedStories(IReadOnlyList<Article> Explore, IReadOnlyList<Article> Latest)
{
    public static RelatedStories None { get; } = new([], []);
}
