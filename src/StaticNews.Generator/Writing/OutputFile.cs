namespace StaticNews.Generator.Writing;

/// <summary>A file to write: its path relative to the output folder (forward slashes) and a way to get its bytes.</summary>
public sealed record OutputFile(string Path, Func<Stream> Open)
{
    /// <summary>The previous build's copy at the same path is known to hold the same bytes: it is kept without reading either.</summary>
    public bool Unchanged { get; init; }

    /// <summary>Writes the bytes into a file that must not exist yet, creating its folder.</summary>
    public async Task WriteNewAsync(string target, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        await using var source = Open();
        await using var destination = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        await source.CopyToAsync(destination, cancellationToken);
    }
}
