namespace StaticNews.Generator.Writing;

/// <summary>A file to write: its path relative to the output folder (forward slashes) and a way to get its bytes.</summary>
public sealed record OutputFile(string Path, Func<Stream> Open);
