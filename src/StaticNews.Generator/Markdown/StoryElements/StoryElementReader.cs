using System.Globalization;
using StaticNews.Generator.Building;
using StaticNews.Generator.Diagnostics;

namespace StaticNews.Generator.Markdown.StoryElements;

/// <summary>Reads a parsed block into its typed <see cref="StoryElement"/>, adding a problem for each field it cannot accept.</summary>
public static class StoryElementReader
{
    /// <param name="Markdown">True when the lines inside are Markdown (the element's words), false when they are <c>key: value</c> fields.</param>
    /// <param name="Fields">Accepted keys; null accepts any label (timeline dates).</param>
    private sealed record Syntax(bool Markdown, string[]? Fields, string Example);

    private static readonly Dictionary<string, Syntax> Elements = new(StringComparer.Ordinal)
    {
        ["embed"] = new(false, ["title", "description", "caption", "poster", "date"], "::: embed https://www.youtube.com/watch?v=ID"),
        ["gallery"] = new(false, ["image"], "::: gallery Title, then lines 'image: images/photo.jpg | Caption | Credit'"),
        ["quote"] = new(true, [], "::: quote Who said it, then the quoted words"),
        ["factbox"] = new(true, [], "::: factbox Key facts, then Markdown"),
        ["timeline"] = new(false, null, "::: timeline Title, then lines '2026-10-20: What happened'"),
        ["story"] = new(false, [], "::: story other-article-slug"),
        ["toc"] = new(false, [], "::: toc In this story"),
    };

    public static string KnownNames => string.Join(", ", Elements.Keys);

    public static bool IsKnown(string name) => Elements.ContainsKey(name);

    public static bool TakesMarkdown(string name) => Elements.TryGetValue(name, out var syntax) && syntax.Markdown;

    public static string FieldsHint(string name) => Elements.TryGetValue(name, out var syntax)
        ? syntax.Fields switch
        {
            null => $"Write each entry as 'label: text', e.g. {syntax.Example}.",
            [] => $"It takes no fields: {syntax.Example}.",
            var keys => $"Its fields are {string.Join(", ", keys)}, e.g. {syntax.Example}.",
        }
        : "";

    public static StoryElement? Read(StoryElementBlock block)
    {
        if (!Elements.TryGetValue(block.Name, out var syntax))
        {
            Problem(block, Codes.UnknownElement, block.OpenLine, block.NameColumn,
                $"'{block.Name}' is not a story element. Use one of: {KnownNames} (e.g. ::: embed https://www.youtube.com/watch?v=ID).");
            return null;
        }
        var problemsBefore = block.Problems.Count;
        if (syntax.Fields is { } keys)
            foreach (var field in block.Fields.Where(f => !keys.Contains(f.Key, StringComparer.Ordinal)))
                Problem(block, Codes.UnknownElementField, field.Line, field.Column,
                    $"'{field.Key}' is not a field of '::: {block.Name}'. {FieldsHint(block.Name)}");
        StoryElement? element = block.Name switch
        {
            "embed" => EmbedReader.Read(block),
            "gallery" => Gallery(block),
            "quote" => Required(block, "who said it, e.g. ::: quote Anna Fenwick, prime minister") is { } by ? Quote(block, by) : null,
            "factbox" => Required(block, "its title, e.g. ::: factbox Key facts") is { } title ? new FactBoxElement(title) : null,
            "timeline" => Timeline(block),
            "story" => Required(block, "the slug of the article to show, e.g. ::: story port-strike-ends-automation-deal") is { } slug ? Card(block, slug) : null,
            _ => new TocElement(block.Argument.Length > 0 ? block.Argument : "In this story"),
        };
        return block.Problems.Count == problemsBefore ? element : null;
    }

    private static string? Required(StoryElementBlock block, string what)
    {
        if (block.Argument.Length > 0) return block.Argument;
        Problem(block, Codes.MissingElementField, block.OpenLine, block.ArgumentColumn, $"'::: {block.Name}' needs {what}.");
        return null;
    }

    private static QuoteElement? Quote(StoryElementBlock block, string by)
    {
        if (block.Count > 0) return new QuoteElement(by);
        Problem(block, Codes.MissingElementField, block.OpenLine, block.FenceColumn,
            "'::: quote' has no words. Write the quote on the lines between '::: quote Who said it' and ':::'.");
        return null;
    }

    private static StoryCardElement? Card(StoryElementBlock block, string slug)
    {
        if (Slugs.IsValid(slug)) return new StoryCardElement(slug, block.OpenLine, block.ArgumentColumn);
        Problem(block, Codes.InvalidElementField, block.OpenLine, block.ArgumentColumn,
            $"'{slug}' is not an article slug. Give one slug of lowercase letters, digits and '-', e.g. ::: story port-strike-ends-automation-deal.");
        return null;
    }

    private static GalleryElement? Gallery(StoryElementBlock block)
    {
        var pictures = new List<GalleryPicture>();
        foreach (var field in block.Fields.Where(f => f.Key == "image"))
        {
            var parts = field.Value.Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length is < 2 or > 3 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                Problem(block, Codes.InvalidElementField, field.Line, field.ValueColumn,
                    "a gallery picture is 'image: path | caption | credit' (the credit may be left out), e.g. image: images/harbour.jpg | Cranes at dawn | AFP.");
                continue;
            }
            if (!InputPaths.IsSafeRelative(parts[0]))
            {
                Problem(block, Codes.InvalidElementField, field.Line, field.ValueColumn,
                    $"'{parts[0]}' is not a file path inside the input folder. Give its path there, e.g. images/harbour.jpg.");
                continue;
            }
            pictures.Add(new GalleryPicture(field with { Value = parts[0] }, parts[1], parts.Length == 3 && parts[2].Length > 0 ? parts[2] : null));
        }
        if (block.Fields.Count == 0)
            Problem(block, Codes.MissingElementField, block.OpenLine, block.FenceColumn,
                "'::: gallery' has no pictures. Add a line per picture: image: images/harbour.jpg | Caption | Credit.");
        return new GalleryElement(block.Argument.Length > 0 ? block.Argument : "Gallery", pictures);
    }

    private static TimelineElement? Timeline(StoryElementBlock block)
    {
        var entries = new List<TimelineEntry>();
        foreach (var field in block.Fields)
        {
            if (field.Value.Length == 0)
            {
                Problem(block, Codes.MissingElementField, field.Line, field.ValueColumn,
                    $"the timeline entry '{field.Key}' says nothing. Write what happened after the colon, e.g. 2026-10-20: Storm Ilse makes landfall.");
                continue;
            }
            var date = DateOnly.TryParseExact(field.Key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null;
            entries.Add(new TimelineEntry(field.Key, date, field.Value));
        }
        if (block.Fields.Count == 0)
            Problem(block, Codes.MissingElementField, block.OpenLine, block.FenceColumn,
                "'::: timeline' has no entries. Add a line per entry: 2026-10-20: What happened.");
        return new TimelineElement(block.Argument.Length > 0 ? block.Argument : "Timeline", entries);
    }

    internal static void Problem(StoryElementBlock block, string code, int line, int column, string message) =>
        block.Problems.Add(new ElementProblem(code, line, column, message));
}
