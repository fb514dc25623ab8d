namespace StaticNews.Generator.Relating;

/// <summary>One entry of an article's sparse vector: a word, name, tag or author id and its normalised weight.</summary>
internal readonly record struct Feature(int Id, float Weight);
