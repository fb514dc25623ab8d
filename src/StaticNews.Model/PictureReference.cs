namespace StaticNews.Model;

/// <summary>Where an article names a picture (its front matter <c>image:</c> line), so a bad picture is reported there.</summary>
/// <param name="Source">The picture, relative to the input folder.</param>
/// <param name="ArticlePath">The article as shown in messages.</param>
public sealed record PictureReference(string Source, string ArticlePath, int Line);
