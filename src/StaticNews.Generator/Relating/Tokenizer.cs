namespace StaticNews.Generator.Relating;

/// <summary>Splits text into words and breaks; knows where sentences start, so names can be told from grammar.</summary>
internal static class Tokenizer
{
    /// <summary>Replaces the content of <paramref name="tokens"/> with the words and breaks of <paramref name="text"/>.</summary>
    public static void Split(string text, List<Token> tokens)
    {
        tokens.Clear();
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
                tokens.Add(new Token(start, LengthWithoutPossessive(text, start, i - start), sentenceStart));
                sentenceStart = false;
                continue;
            }
            if (c is '.' or '!' or '?' or ':' or ';' or '\n') sentenceStart = true;
            // Hyphens join the parts of a name ("Jean-Luc"); other punctuation ends it.
            var breaks = c == '\n' || (!char.IsWhiteSpace(c) && c != '-');
            if (breaks && tokens.Count > 0 && tokens[^1].IsWord) tokens.Add(Token.Break);
            i++;
        }
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static int LengthWithoutPossessive(string text, int start, int length) =>
        length > 2 && IsApostrophe(text[start + length - 2]) && text[start + length - 1] is 's' or 'S' ? length - 2 : length;
}
