namespace StaticNews.Generator.Writing;

/// <summary>A file to write: its path relative to the output folder (forward slashes) and a way to get its bytes.</summary>
public sealed record OutputFile(string Path, Func<Stream> Open)
{
    /// <summary>The previous build's copy of this file, known to hold the same bytes: carried over without reading either.</summary>
    public string? Unchanged { get; init; }
}
