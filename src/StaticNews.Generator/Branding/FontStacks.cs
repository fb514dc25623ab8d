namespace StaticNews.Generator.Branding;

/// <summary>
/// The named system font stacks site.yml may choose from: each lists fonts that ship with Windows, macOS, iOS, Android
/// or common Linux desktops, so a page never asks a font server for anything and falls back to a generic family.
/// </summary>
public static class FontStacks
{
    public const string DefaultText = "georgia", DefaultUi = "system-ui";

    public static IReadOnlyDictionary<string, string> All { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["georgia"] = "Georgia, \"Times New Roman\", serif",
        ["transitional"] = "Charter, \"Bitstream Charter\", \"Sitka Text\", Cambria, serif",
        ["old-style"] = "\"Iowan Old Style\", \"Palatino Linotype\", \"URW Palladio L\", P052, serif",
        ["slab-serif"] = "Rockwell, \"Rockwell Nova\", \"Roboto Slab\", \"DejaVu Serif\", \"Sitka Small\", serif",
        ["system-ui"] = "system-ui, -apple-system, \"Segoe UI\", Roboto, Helvetica, Arial, sans-serif",
        ["humanist"] = "Seravek, \"Gill Sans Nova\", Ubuntu, Calibri, \"DejaVu Sans\", source-sans-pro, sans-serif",
        ["neo-grotesque"] = "Inter, Roboto, \"Helvetica Neue\", \"Arial Nova\", \"Nimbus Sans\", Arial, sans-serif",
        ["monospace"] = "ui-monospace, \"Cascadia Code\", \"Source Code Pro\", Menlo, Consolas, \"DejaVu Sans Mono\", monospace",
    };
}
