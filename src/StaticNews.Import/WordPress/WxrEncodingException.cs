namespace StaticNews.Import.WordPress;

/// <summary>The export declares an encoding other than UTF-8, which WordPress writes for every site set to UTF-8.</summary>
public sealed class WxrEncodingException(string encoding, int line)
    : Exception($"the export declares encoding=\"{encoding}\"")
{
    public string Encoding { get; } = encoding;
    public int Line { get; } = line;
}
