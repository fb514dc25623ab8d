namespace StaticNews.Import;

/// <summary>The featured picture of an article: a file in the input folder.</summary>
public sealed record ImportedImage(string Src, string? Alt, string? Caption);
