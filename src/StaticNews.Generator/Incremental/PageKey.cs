using System.Globalization;

namespace StaticNews.Generator.Incremental;

/// <summary>
/// A 128-bit hash of everything a page is rendered from: the theme and generator that render it, the site settings
/// and every field of its page model, with each article it shows hashed in full. Equal keys render equal bytes.
/// </summary>
public readonly record struct PageKey(UInt128 Value)
{
    public override string ToString() => Value.ToString("x32", CultureInfo.InvariantCulture);

    public static PageKey Parse(string text) => new(UInt128.Parse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
}
