namespace StaticNews.Generator.Relating;

/// <summary>Splits text into words and breaks; knows where sentences start, so names can be told from grammar.</summary>
internal static class Tokenizer
{
    public static IReadOnlyList<Token> Split(string text)
    {
        var tokens = new List<Token>();
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                    i++;
                tokens.Add(new Token(WithoutPossessive(text[start..i]), sentenceStart));
                sentenceStart = false;
                continue;
            }
            if (c is '.' or '!' or '?' or ':' or ';' or '\n') sentenceStart = true;
            // Hyphens join the parts of a name ("Jean-Luc"); other punctuation ends it.
            var breaks = c == '\n' || (!char.IsWhiteSpace(c) && c != '-');
            if (breaks && tokens.Count > 0 && tokens[^1].Word is not null) tokens.Add(Token.Break);
            i++;
        }
        return tokens;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static string WithoutPossessive(string word) =>
        word.Length > 2 && IsApostrophe(word[^2]) && word[^1] is 's' or 'S' ? word[..^2] : word;
}
