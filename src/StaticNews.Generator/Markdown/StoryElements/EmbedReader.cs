using System.Globalization;
using StaticNews.Generator.Building;
using StaticNews.Generator.Diagnostics;

namespace StaticNews.Generator.Markdown.StoryElements;

/// <summary>Reads <c>::: embed URL</c> and its fields: the URL must be https and in a form its provider accepts.</summary>
internal static class EmbedReader
{
    public static EmbedElement? Read(StoryElementBlock block)
    {
        if (block.Argument.Length == 0)
        {
            StoryElementReader.Problem(block, Codes.MissingElementField, block.OpenLine, block.ArgumentColumn,
                "'::: embed' needs the address of the item, as copied from the platform, e.g. ::: embed https://www.youtube.com/watch?v=ID.");
            return null;
        }
        var (url, provider, frame, kind) = Locate(block);
        var fields = block.Fields.GroupBy(f => f.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var poster = fields.GetValueOrDefault("poster");
        if (poster is not null && !InputPaths.IsSafeRelative(poster.Value))
            StoryElementReader.Problem(block, Codes.InvalidElementField, poster.Line, poster.ValueColumn,
                $"poster '{poster.Value}' is not a picture path inside the input folder. Give its path there, e.g. poster: images/storm-surge.jpg.");
        var date = fields.GetValueOrDefault("date");
        DateOnly? uploaded = null;
        if (date is not null)
        {
            if (DateOnly.TryParseExact(date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) uploaded = day;
            else
                StoryElementReader.Problem(block, Codes.InvalidElementField, date.Line, date.ValueColumn,
                    $"date '{date.Value}' is not a date. Write the day the item was published as YYYY-MM-DD, e.g. date: 2026-10-21.");
        }
        if (url is null) return null;
        return new EmbedElement(provider, kind, url, frame, Text(fields, "title"), Text(fields, "description"), Text(fields, "caption"), poster, uploaded);
    }

    private static (Uri? Url, EmbedProvider? Provider, string? Frame, EmbedKind Kind) Locate(StoryElementBlock block)
    {
        var text = block.Argument;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http") || url.UserInfo.Length > 0 || text.Any(char.IsWhiteSpace))
            return Refuse(block, $"'{text}' is not a web address. Paste the item's https address as the platform shows it. Accepted: {EmbedProviders.AcceptedForms}.");
        if (url.Scheme != "https")
            return Refuse(block, $"'{text}' is not https. Use the platform's https address (https://{url.Authority}{url.PathAndQuery}).");
        if (EmbedProviders.All.FirstOrDefault(p => p.Serves(url)) is { } provider)
            return provider.FrameUrl(url) is { } frame
                ? (url, provider, frame, provider.Kind)
                : Refuse(block, $"'{text}' is not a {provider.Name} address StaticNews can embed. Accepted forms: {string.Join(", ", provider.AcceptedForms)}.");
        if (url.AbsolutePath.EndsWith(".mp3", StringComparison.OrdinalIgnoreCase)) return (url, null, url.AbsoluteUri, EmbedKind.Audio);
        if (url.AbsolutePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)) return (url, null, null, EmbedKind.Document);
        return (url, null, url.AbsoluteUri, EmbedKind.Page);
    }

    private static (Uri?, EmbedProvider?, string?, EmbedKind) Refuse(StoryElementBlock block, string message)
    {
        StoryElementReader.Problem(block, Codes.InvalidEmbedUrl, block.OpenLine, block.ArgumentColumn, message);
        return (null, null, null, EmbedKind.Page);
    }

    private static string? Text(Dictionary<string, ElementField> fields, string key) =>
        fields.TryGetValue(key, out var field) && field.Value.Length > 0 ? field.Value : null;
}
