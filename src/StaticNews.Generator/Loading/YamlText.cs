namespace StaticNews.Generator.Loading;

/// <summary>A piece of YAML and where it sits in its file, so problems point at the right line.</summary>
/// <param name="FirstLine">The 1-based file line of the YAML's first line.</param>
public sealed record YamlText(string Text, string DisplayPath, int FirstLine);
