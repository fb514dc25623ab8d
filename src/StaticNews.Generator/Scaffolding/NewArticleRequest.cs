namespace StaticNews.Generator.Scaffolding;

/// <summary>What an editor asks <c>staticnews new</c> for.</summary>
/// <param name="Slug">Overrides the slug made from the headline.</param>
public sealed record NewArticleRequest(string InputDirectory, string Section, string Headline, IReadOnlyList<string> Authors, string? Slug = null);
