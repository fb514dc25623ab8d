using System.Globalization;

namespace StaticNews.Generator.Branding;

/// <summary>An sRGB colour written as #rgb or #rrggbb, with the WCAG 2 contrast ratio between two colours.</summary>
public readonly record struct HexColour(byte Red, byte Green, byte Blue)
{
    public static HexColour? Parse(string? text)
    {
        var hex = text?.Trim() ?? "";
        if (!hex.StartsWith('#') || hex.Length is not (4 or 7) || !hex.Skip(1).All(char.IsAsciiHexDigit)) return null;
        if (hex.Length == 4) hex = string.Concat("#", hex[1], hex[1], hex[2], hex[2], hex[3], hex[3]);
        byte Channel(int at) => byte.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new HexColour(Channel(1), Channel(3), Channel(5));
    }

    /// <summary>Lower-case #rrggbb, as the stylesheet and the web app manifest get it.</summary>
    public override string ToString() => $"#{Red:x2}{Green:x2}{Blue:x2}";

    /// <summary>WCAG 2 contrast ratio, from 1 (same luminance) to 21 (black on white); AA asks 4.5 for body text.</summary>
    public static double Contrast(HexColour a, HexColour b)
    {
        var (lighter, darker) = (Math.Max(a.Luminance, b.Luminance), Math.Min(a.Luminance, b.Luminance));
        return (lighter + 0.05) / (darker + 0.05);
    }

    /// <summary>WCAG 2 relative luminance.</summary>
    private double Luminance => 0.2126 * Linear(Red) + 0.7152 * Linear(Green) + 0.0722 * Linear(Blue);

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
