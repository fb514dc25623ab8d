namespace StaticNews.Generator.Relating;

/// <summary>English words too common to say what a story is about, including newsroom filler such as "said".</summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "ago", "all", "almost", "along", "already", "also", "although",
        "always", "am", "among", "an", "and", "another", "any", "are", "around", "as", "at", "back", "be", "became", "because",
        "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "done",
        "down", "during", "each", "early", "either", "eight", "else", "enough", "even", "ever", "every", "few", "first", "five",
        "for", "four", "from", "further", "get", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "herself",
        "him", "himself", "his", "how", "however", "i", "if", "in", "including", "into", "is", "it", "its", "itself", "just",
        "last", "late", "later", "least", "less", "like", "made", "make", "many", "may", "me", "might", "more", "most", "mr",
        "mrs", "ms", "much", "must", "my", "near", "nearly", "never", "new", "next", "nine", "no", "nor", "not", "now", "of",
        "off", "often", "on", "once", "one", "only", "or", "other", "others", "our", "ours", "out", "over", "own", "per",
        "perhaps", "put", "quite", "rather", "really", "said", "same", "say", "saying", "says", "second", "see", "seven", "she",
        "should", "since", "six", "so", "some", "still", "such", "take", "taken", "ten", "than", "that", "the", "their",
        "theirs", "them", "then", "there", "these", "they", "third", "this", "those", "though", "three", "through", "thus",
        "to", "told", "too", "two", "under", "until", "up", "upon", "us", "very", "was", "we", "well", "were", "what", "when",
        "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would",
        "year", "years", "yet", "you", "your", "yours", "week", "weeks", "day", "days", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "read", "according",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Spans = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(string lowerCaseWord) => Words.Contains(lowerCaseWord);

    public static bool Contains(ReadOnlySpan<char> lowerCaseWord) => Spans.Contains(lowerCaseWord);
}
