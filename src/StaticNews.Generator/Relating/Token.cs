namespace StaticNews.Generator.Relating;

/// <summary>A word as written (possessive "'s" removed), or a break such as punctuation that ends a name.</summary>
internal readonly record struct Token(string? Word, bool StartsSentence)
{
    public static Token Break { get; } = new(null, false);
}
