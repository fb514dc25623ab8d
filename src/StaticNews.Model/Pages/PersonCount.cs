namespace StaticNews.Model.Pages;

/// <summary>An author and how many published stories carry their byline.</summary>
public sealed record PersonCount(Author Author, int Stories);
