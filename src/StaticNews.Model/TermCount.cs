namespace StaticNews.Model;

/// <summary>A normalised word or name and how often it occurs in an article, title and standfirst counting extra.</summary>
public readonly record struct TermCount(string Term, float Count);
