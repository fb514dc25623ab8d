namespace StaticNews.Generator.Pictures;

/// <summary>What encoding a picture produced: its upright size, dominant colour and the copies made.</summary>
/// <param name="SourceWidth">Upright width of the original, for the "smaller than the smallest width" warning.</param>
public sealed record PictureFacts(int Width, int Height, int SourceWidth, string Colour, IReadOnlyList<Derivative> Derivatives)
{
    /// <summary>The stripped copy published at the original's own path, in the original's format.</summary>
    public const string CopyName = "copy";
}
