namespace StaticNews.Generator.Scaffolding;

/// <summary>The file <c>staticnews new</c> created, or every reason it created none.</summary>
/// <param name="CreatedFile">The new file as the user knows the input folder, e.g. "input/world/storm-hits-coast.md".</param>
public sealed record NewArticleResult(string? CreatedFile, IReadOnlyList<string> Errors)
{
    public bool Succeeded => CreatedFile is not null;
}
