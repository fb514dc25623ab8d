namespace StaticNews.Generator.Relating;

/// <summary>
/// A word as the place it takes in its text (possessive "'s" left out), or a break such as punctuation that ends a
/// name. Words are not copied out of the text: most are only looked up, and a lookup needs no string.
/// </summary>
internal readonly record struct Token(int Start, int Length, bool StartsSentence)
{
    public static Token Break { get; } = new(0, 0, false);

    /// <summary>Every word has at least one character, so an empty token is a break.</summary>
    public bool IsWord => Length > 0;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);
}
