namespace StaticNews.Model;

/// <summary>What an article is about, distilled from its headline, standfirst and body for the related-articles engine.</summary>
/// <param name="Terms">Stemmed words without stop words, most frequent first (capped, so memory stays flat per article).</param>
/// <param name="Entities">Capitalised phrases such as people, places and organisations, lower-cased, most frequent first.</param>
public sealed record TextProfile(IReadOnlyList<TermCount> Terms, IReadOnlyList<TermCount> Entities)
{
    public static TextProfile Empty { get; } = new([], []);
}
