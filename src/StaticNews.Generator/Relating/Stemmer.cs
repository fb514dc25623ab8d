namespace StaticNews.Generator.Relating;

/// <summary>
/// A light English suffix stripper: "floods", "flooded" and "flooding" all become "flood". Deliberately simple;
/// it only has to map the forms of one word together, not produce dictionary words.
/// </summary>
public static class Stemmer
{
    public static string Stem(string word)
    {
        var stem = StripSuffix(word);
        // "strike", "strikes" and "striking" meet at "strik".
        return stem.Length > 4 && stem[^1] == 'e' ? stem[..^1] : stem;
    }

    private static string StripSuffix(string word)
    {
        if (word.Length <= 3) return word;
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4) return word[..^3] + "y";
        if (word.EndsWith("sses", StringComparison.Ordinal)) return word[..^2];
        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5) return Undouble(word[..^3]);
        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4) return Undouble(word[..^2]);
        if (word.EndsWith("es", StringComparison.Ordinal) && word.Length > 4 && IsSibilant(word[^3])) return word[..^2];
        if (word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i')) return word[..^1];
        return word;
    }

    /// <summary>"stopped" → "stopp" → "stop"; keeps "ll" and "ss" ("called" → "call").</summary>
    private static string Undouble(string stem) =>
        stem.Length > 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z') && !IsVowel(stem[^1]) ? stem[..^1] : stem;

    private static bool IsSibilant(char c) => c is 's' or 'x' or 'z' or 'h';

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
