namespace StaticNews.Model;

/// <summary>A correction printed on an article: when it was made and what it says.</summary>
public sealed record Correction(DateTimeOffset Date, string Text);
