using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticNews.Generator.Markdown.StoryElements;

/// <summary>
/// Writes each story element as HTML of fixed shape: every value from content is encoded, and the only addresses are
/// the site's own pictures, validated provider frames (kept in a data attribute until a click) and the editor's https link.
/// </summary>
public sealed class StoryElementRenderer : HtmlObjectRenderer<StoryElementBlock>
{
    protected override void Write(HtmlRenderer renderer, StoryElementBlock block)
    {
        if (block.Context is not { } context) return;
        renderer.EnsureLine();
        switch (block.Element)
        {
            case EmbedElement embed: Embed(renderer, embed, context); break;
            case GalleryElement gallery: Gallery(renderer, gallery, context); break;
            case QuoteElement quote: Quote(renderer, block, quote); break;
            case FactBoxElement box: FactBox(renderer, block, box); break;
            case TimelineElement timeline: Timeline(renderer, timeline); break;
            case StoryCardElement when context.Card is { } card: Card(renderer, card); break;
            case TocElement toc: Toc(renderer, block, toc); break;
        }
    }

    private static void Embed(HtmlRenderer r, EmbedElement embed, ElementContext context)
    {
        r.Write("<figure class=\"embed embed--").Write(embed.Kind.ToString().ToLowerInvariant()).Write("\">\n");
        r.Write("<div class=\"embed__facade\">\n");
        if (embed.Poster is { } poster)
            r.Write("<img class=\"embed__poster\" src=\"").WriteEscape(context.BasePath + poster.Value).Write("\" alt=\"\" loading=\"lazy\">\n");
        r.Write("<p class=\"embed__source\">").WriteEscape(embed.KindLabel).Write(" · ").WriteEscape(embed.SourceName).Write("</p>\n");
        if (embed.Title is { } title) r.Write("<p class=\"embed__title\">").WriteEscape(title).Write("</p>\n");
        if (embed.FrameUrl is { } frame)
        {
            r.Write("<button type=\"button\" class=\"embed__load\" hidden data-embed-src=\"").WriteEscape(frame)
                .Write("\" data-embed-kind=\"").Write(embed.IsAudioFile ? "audio" : "frame")
                .Write("\" data-embed-allow=\"").WriteEscape(embed.Provider?.Allow ?? "fullscreen")
                .Write("\" data-embed-title=\"").WriteEscape(embed.KindLabel + ": " + (embed.Title ?? embed.SourceName))
                .Write("\">").WriteEscape(LoadLabel(embed)).Write("</button>\n");
        }
        r.Write("</div>\n");
        r.Write("<figcaption class=\"embed__caption\">");
        if (embed.Caption is { } caption) r.WriteEscape(caption).Write(" ");
        r.Write("<a class=\"embed__original\" href=\"").WriteEscape(embed.Original.AbsoluteUri).Write("\">").WriteEscape(OriginalLabel(embed)).Write("</a>");
        r.Write("</figcaption>\n</figure>\n");
    }

    private static string LoadLabel(EmbedElement embed) => embed.Kind switch
    {
        EmbedKind.Video => $"Play the video (loads {embed.SourceName})",
        EmbedKind.Audio => $"Play the audio (loads {embed.SourceName})",
        _ => $"Show the {embed.KindLabel.ToLowerInvariant()} (loads {embed.SourceName})",
    };

    private static string OriginalLabel(EmbedElement embed) => embed switch
    {
        { IsAudioFile: true } => "Listen to the audio (MP3)",
        { Provider: null, Kind: EmbedKind.Document } => "Open the document (PDF)",
        { Kind: EmbedKind.Video } => $"Watch on {embed.SourceName}",
        { Kind: EmbedKind.Audio } => $"Listen on {embed.SourceName}",
        _ => $"Open on {embed.SourceName}",
    };

    private static void Gallery(HtmlRenderer r, GalleryElement gallery, ElementContext context)
    {
        r.Write("<section class=\"gallery\" aria-label=\"").WriteEscape(gallery.Title).Write("\">\n");
        r.Write("<p class=\"gallery__title\">").WriteEscape(gallery.Title).Write("</p>\n");
        // Focusable, so keyboard readers scroll the row with the arrow keys.
        r.Write("<ul class=\"gallery__list\" tabindex=\"0\">\n");
        foreach (var picture in gallery.Pictures)
        {
            r.Write("<li class=\"gallery__item\"><figure><img class=\"gallery__picture\" src=\"").WriteEscape(context.BasePath + picture.Source.Value)
                .Write("\" alt=\"").WriteEscape(picture.Caption).Write("\" loading=\"lazy\"><figcaption>").WriteEscape(picture.Caption);
            if (picture.Credit is { } credit) r.Write(" <span class=\"gallery__credit\">").WriteEscape(credit).Write("</span>");
            r.Write("</figcaption></figure></li>\n");
        }
        r.Write("</ul>\n</section>\n");
    }

    private static void Quote(HtmlRenderer r, StoryElementBlock block, QuoteElement quote)
    {
        r.Write("<figure class=\"pull-quote\">\n<blockquote class=\"pull-quote__words\">\n");
        r.WriteChildren(block);
        r.EnsureLine();
        r.Write("</blockquote>\n<figcaption class=\"pull-quote__by\">").WriteEscape(quote.By).Write("</figcaption>\n</figure>\n");
    }

    private static void FactBox(HtmlRenderer r, StoryElementBlock block, FactBoxElement box)
    {
        r.Write("<aside class=\"factbox\" aria-label=\"").WriteEscape(box.Title).Write("\">\n");
        r.Write("<p class=\"factbox__title\">").WriteEscape(box.Title).Write("</p>\n");
        r.WriteChildren(block);
        r.EnsureLine();
        r.Write("</aside>\n");
    }

    private static void Timeline(HtmlRenderer r, TimelineElement timeline)
    {
        r.Write("<section class=\"timeline\" aria-label=\"").WriteEscape(timeline.Title).Write("\">\n");
        r.Write("<p class=\"timeline__title\">").WriteEscape(timeline.Title).Write("</p>\n<ol class=\"timeline__list\">\n");
        foreach (var entry in timeline.Entries)
        {
            r.Write("<li class=\"timeline__entry\">");
            if (entry.Date is { } date)
                r.Write("<time class=\"timeline__when\" datetime=\"").Write(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Write("\">");
            else r.Write("<span class=\"timeline__when\">");
            r.WriteEscape(entry.Label).Write(entry.Date is null ? "</span>" : "</time>");
            r.Write(" <span class=\"timeline__what\">").WriteEscape(entry.Text).Write("</span></li>\n");
        }
        r.Write("</ol>\n</section>\n");
    }

    private static void Card(HtmlRenderer r, LinkTarget card)
    {
        r.Write("<aside class=\"story-card\" aria-label=\"Related story\">\n<a class=\"story-card__link\" href=\"").WriteEscape(card.Url).Write("\">");
        // The headline names the link; the picture only illustrates it.
        if (card.Picture is { } picture) r.Write("<img class=\"story-card__picture\" src=\"").WriteEscape(picture).Write("\" alt=\"\" loading=\"lazy\">");
        r.Write("<span class=\"story-card__label\">Related story</span> <span class=\"story-card__headline\">").WriteEscape(card.Title).Write("</span>");
        if (card is { Date: { } date, DateText: { } dateText })
            r.Write(" <time class=\"story-card__date\" datetime=\"").WriteEscape(date).Write("\">").WriteEscape(dateText).Write("</time>");
        r.Write("</a>\n</aside>\n");
    }

    private static void Toc(HtmlRenderer r, StoryElementBlock block, TocElement toc)
    {
        var document = Root(block);
        var subheads = document.Descendants<HeadingBlock>().Where(h => h.Level == 2 && h.GetAttributes().Id is { Length: > 0 }).ToList();
        if (subheads.Count == 0) return;
        r.Write("<nav class=\"toc\" aria-label=\"").WriteEscape(toc.Title).Write("\">\n<p class=\"toc__title\">").WriteEscape(toc.Title).Write("</p>\n<ol>\n");
        foreach (var heading in subheads)
            r.Write("<li><a href=\"#").WriteEscape(heading.GetAttributes().Id!).Write("\">").WriteEscape(TextOf(heading)).Write("</a></li>\n");
        r.Write("</ol>\n</nav>\n");
    }

    private static Block Root(Block block)
    {
        while (block.Parent is { } parent) block = parent;
        return block;
    }

    private static string TextOf(HeadingBlock heading) =>
        heading.Inline is null ? "" : string.Concat(heading.Inline.Descendants<Inline>().Select(inline => inline switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => "",
        }));
}
