namespace StaticNews.Generator.Pictures;

/// <summary>An encoded picture in the store: its facts and a way to open each copy by name.</summary>
public sealed record StoredPicture(PictureFacts Facts, Func<string, Stream> Open);
