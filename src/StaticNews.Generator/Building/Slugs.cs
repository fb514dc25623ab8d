using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StaticNews.Generator.Building;

/// <summary>URL-safe names: lowercase ASCII letters, digits and single hyphens, the same on every file system.</summary>
public static partial class Slugs
{
    public const string Rule = "lowercase letters a-z, digits and single hyphens, e.g. port-strike-ends, and not a name Windows reserves (con, nul, com1…)";

    /// <summary>What a tag whose slug is a Windows device name gets after it: "CON" → con-tag.</summary>
    public const string DeviceNameSuffix = "-tag";

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidSlug();

    /// <summary>Names Windows cannot give a file or folder, so a site with them could not be checked out or served there.</summary>
    public static readonly IReadOnlySet<string> WindowsDeviceNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "con", "prn", "aux", "nul",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    public static bool IsValid(string? slug) =>
        slug is { Length: > 0 and <= 120 } && ValidSlug().IsMatch(slug) && !WindowsDeviceNames.Contains(slug);

    /// <summary>
    /// A slug for free text such as a tag name: "Climate Policy" → "climate-policy", "Πολιτική" → "πολιτική" (NFC,
    /// lowercased culture-invariantly). Latin letters lose their accents and Latin letters outside ASCII are left out,
    /// as they always were, so no existing address moves; letters and digits of other scripts keep their marks.
    /// </summary>
    public static string FromText(string text) => FromText(text, otherScripts: true);

    /// <summary>An article slug from a headline: <see cref="FromText(string)"/> with only a-z and 0-9, as <see cref="IsValid"/> wants.</summary>
    public static string AsciiFromText(string text) => FromText(text, otherScripts: false);

    private static string FromText(string text, bool otherScripts)
    {
        var builder = new StringBuilder(text.Length);
        var afterOtherScript = false;
        foreach (var rune in text.Normalize(NormalizationForm.FormD).EnumerateRunes())
        {
            var keepsMark = afterOtherScript && IsMark(rune);
            afterOtherScript = otherScripts && (keepsMark || (Rune.IsLetterOrDigit(rune) && !IsLatin(rune)));
            if (Rune.IsLetterOrDigit(rune) && rune.IsAscii) builder.Append(char.ToLowerInvariant((char)rune.Value));
            else if (afterOtherScript) builder.Append(Rune.ToLowerInvariant(rune).ToString());
            else if (IsSeparator(rune) && builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().Trim('-').Normalize(NormalizationForm.FormC);
    }

    /// <summary>A tag's slug: <see cref="FromText"/>, with <see cref="DeviceNameSuffix"/> after a Windows device name.</summary>
    public static string ForTag(string name)
    {
        var slug = FromText(name);
        return WindowsDeviceNames.Contains(slug) ? slug + DeviceNameSuffix : slug;
    }

    /// <summary>
    /// A tag name with case, accents, spaces and prose punctuation taken out: two names with one slug are one tag when
    /// their words are equal ("Climate policy", "climate-policy"), and different tags when not ("C#", "C").
    /// </summary>
    public static string TagWords(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var rune in name.Normalize(NormalizationForm.FormD).EnumerateRunes())
        {
            if (IsMark(rune) || rune.Value is '\'' or '\u2018' or '\u2019') continue;
            if (IsSeparator(rune) || rune.Value is ',' or ';' or ':' or '!' or '?' or '"' or '(' or ')' or '\u201C' or '\u201D')
            {
                if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
            }
            else builder.Append(Rune.ToLowerInvariant(rune).ToString());
        }
        return builder.ToString().Trim('-');
    }

    private static bool IsSeparator(Rune rune) => Rune.IsWhiteSpace(rune) || rune.Value is '-' or '_' or '/' or '.';

    private static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>The Latin blocks, whose letters slugs have always folded to ASCII or left out.</summary>
    private static bool IsLatin(Rune rune) => rune.Value switch
    {
        <= 0x036F => true, // ASCII, Latin-1 Supplement, Latin Extended-A and -B, IPA, modifier letters (ʻ), accents
        >= 0x1D00 and <= 0x1EFF => true, // phonetic extensions, Latin Extended Additional
        >= 0x2070 and <= 0x214F => true, // superscript and subscript letters (ⁿ), letterlike symbols (ℓ)
        >= 0x2C60 and <= 0x2C7F => true, // Latin Extended-C
        >= 0xA720 and <= 0xA7FF => true, // Latin Extended-D
        >= 0xAB30 and <= 0xAB6F => true, // Latin Extended-E
        >= 0xFB00 and <= 0xFB06 => true, // Latin ligatures
        >= 0xFF21 and <= 0xFF5A => true, // full-width Latin
        _ => false,
    };
}
