namespace StaticNews.Generator.Markdown.Typography;

/// <summary>The quotation marks a language sets, outer (double) and inner (single), with the space French puts inside guillemets.</summary>
public sealed record QuoteStyle(string OpenDouble, string CloseDouble, string OpenSingle, string CloseSingle)
{
    public static readonly QuoteStyle English = new("\u201C", "\u201D", "\u2018", "\u2019");

    // French guillemets hold a narrow no-break space, so they never end a line apart from their words.
    private static readonly QuoteStyle French = new("\u00AB\u202F", "\u202F\u00BB", "\u201C", "\u201D");
    private static readonly QuoteStyle Swiss = new("\u00AB", "\u00BB", "\u2039", "\u203A");
    private static readonly QuoteStyle German = new("\u201E", "\u201C", "\u201A", "\u2018");
    private static readonly QuoteStyle Guillemets = new("\u00AB", "\u00BB", "\u201C", "\u201D");
    private static readonly QuoteStyle LowHigh = new("\u201E", "\u201D", "\u201A", "\u2019");
    private static readonly QuoteStyle Nordic = new("\u201D", "\u201D", "\u2019", "\u2019");
    private static readonly QuoteStyle Russian = new("\u00AB", "\u00BB", "\u201E", "\u201C");

    /// <summary>The style of a BCP 47 tag such as "fr-FR" or "de-CH"; English marks for a language not listed.</summary>
    public static QuoteStyle For(string? language)
    {
        var tag = (language ?? "en").Trim().ToLowerInvariant();
        var primary = tag.Split('-')[0];
        return (primary, tag) switch
        {
            (_, "de-ch" or "de-li" or "fr-ch" or "it-ch") => Swiss,
            ("fr", _) => French,
            ("de" or "cs" or "sk" or "sl" or "lt" or "is" or "et" or "lv" or "bg", _) => German,
            ("es" or "it" or "pt" or "ca" or "el" or "no" or "nb" or "nn" or "uk" or "be", _) => Guillemets,
            ("pl" or "nl" or "hu" or "ro" or "hr", _) => LowHigh,
            ("sv" or "fi", _) => Nordic,
            ("ru", _) => Russian,
            _ => English,
        };
    }
}
