namespace StaticNews.Generator.Pictures;

/// <summary>A picture fresh from the encoder: its facts and the bytes of each copy, by name.</summary>
public sealed record EncodedPicture(PictureFacts Facts, IReadOnlyDictionary<string, byte[]> Files)
{
    public long Size => Files.Values.Sum(bytes => (long)bytes.Length);
}
