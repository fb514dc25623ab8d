namespace StaticNews.Generator.Markdown.StoryElements;

/// <summary>
/// An element as plain text, one line per item, for where the body is read as words: "Video: title — link", a gallery's
/// captions, a timeline's entries, a quote's speaker, a box's title (the Markdown inside quotes and boxes is read as it is).
/// </summary>
public static class StoryElementText
{
    public static string Of(StoryElement element) => element switch
    {
        EmbedElement embed => $"{embed.KindLabel}: {embed.Title ?? embed.SourceName} — {embed.Original.AbsoluteUri}\n",
        GalleryElement gallery => string.Concat(gallery.Pictures.Select(p => p.Caption + "\n")),
        TimelineElement timeline => string.Concat(timeline.Entries.Select(e => $"{e.Label}: {e.Text}\n")),
        QuoteElement quote => quote.By + "\n",
        FactBoxElement box => box.Title + "\n",
        _ => "",
    };
}
