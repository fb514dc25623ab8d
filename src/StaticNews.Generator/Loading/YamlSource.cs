namespace StaticNews.Generator.Loading;

/// <summary>A deserialized YAML value with the file line of each key, for diagnostics.</summary>
public sealed record YamlSource<T>(T Value, string DisplayPath, IReadOnlyDictionary<string, int> KeyLines, int FirstLine)
{
    /// <summary>Top-level keys the DTO does not declare, kept for templates.</summary>
    public IReadOnlyDictionary<string, UnknownKey> UnknownKeys { get; init; } = new Dictionary<string, UnknownKey>();

    /// <summary>The line of a key, or of the YAML's start when the key is absent.</summary>
    public int LineOf(string key) => KeyLines.TryGetValue(key, out var line) ? line : FirstLine;
}

/// <summary>A front matter key StaticNews does not know: where it is and its value as plain objects.</summary>
public sealed record UnknownKey(int Line, object? Value);
