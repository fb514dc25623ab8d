namespace StaticNews.Generator.Relating;

/// <summary>The evidence two stories can share; the first four are looked up in the inverted index, section only scores.</summary>
public enum Signal
{
    Text,
    Entities,
    Tags,
    Authors,
    Section,
}
