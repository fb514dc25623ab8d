namespace StaticNews.Generator.Relating;

/// <summary>
/// A light English suffix stripper: "floods", "flooded" and "flooding" all become "flood". Deliberately simple;
/// it only has to map the forms of one word together, not produce dictionary words.
/// </summary>
public static class Stemmer
{
    public static string Stem(string word)
    {
        var buffer = word.ToCharArray();
        return new string(buffer, 0, Stem(buffer));
    }

    /// <summary>Stems the word in place, without allocating, and returns the stem's length.</summary>
    public static int Stem(Span<char> word)
    {
        var length = StripSuffix(word);
        // "strike", "strikes" and "striking" meet at "strik".
        return length > 4 && word[length - 1] == 'e' ? length - 1 : length;
    }

    private static int StripSuffix(Span<char> word)
    {
        var length = word.Length;
        if (length <= 3) return length;
        if (word.EndsWith("ies") && length > 4)
        {
            word[length - 3] = 'y';
            return length - 2;
        }
        if (word.EndsWith("sses")) return length - 2;
        if (word.EndsWith("ing") && length > 5) return Undouble(word[..(length - 3)]);
        if (word.EndsWith("ed") && length > 4) return Undouble(word[..(length - 2)]);
        if (word.EndsWith("es") && length > 4 && IsSibilant(word[^3])) return length - 2;
        if (word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i')) return length - 1;
        return length;
    }

    /// <summary>"stopped" → "stopp" → "stop"; keeps "ll" and "ss" ("called" → "call").</summary>
    private static int Undouble(ReadOnlySpan<char> stem) =>
        stem.Length > 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z') && !IsVowel(stem[^1]) ? stem.Length - 1 : stem.Length;

    private static bool IsSibilant(char c) => c is 's' or 'x' or 'z' or 'h';

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
