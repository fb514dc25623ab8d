using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticNews.Generator.Markdown.StoryElements;

namespace StaticNews.Generator.Markdown;

/// <summary>
/// The nodes of an article's Markdown tree that Building reads or rewrites (links, bare web addresses, "READ MORE:"
/// paragraphs), found in one walk of the tree when it is loaded, so rendering and the picture list need no walk of their own.
/// </summary>
public sealed class MarkdownParts
{
    private readonly List<LinkInline> links = [];
    private readonly List<AutolinkInline> autolinks = [];
    private readonly List<ParagraphBlock> readMore = [];
    private readonly List<StoryElementBlock> elements = [];

    /// <summary>Links and images, in document order.</summary>
    public IReadOnlyList<LinkInline> Links => links;

    /// <summary>Autolinks to web addresses (not e-mail addresses).</summary>
    public IReadOnlyList<AutolinkInline> Autolinks => autolinks;

    /// <summary>Paragraphs that start with <see cref="BodyRenderer.ReadMorePrefix"/>.</summary>
    public IReadOnlyList<ParagraphBlock> ReadMore => readMore;

    /// <summary>Story elements (<c>::: name</c> blocks), in document order.</summary>
    public IReadOnlyList<StoryElementBlock> Elements => elements;

    /// <summary>The input files the body shows as pictures, as written (trimmed; empty ones left out): images of links, then of story elements.</summary>
    public IEnumerable<string> Pictures =>
        links.Where(link => link.IsImage).Select(link => (link.Url ?? "").Trim())
            .Concat(elements.SelectMany(PicturesOf))
            .Where(path => path.Length > 0);

    private static IEnumerable<string> PicturesOf(StoryElementBlock block) => block.Element switch
    {
        EmbedElement { Poster: { } poster } => [poster.Value],
        GalleryElement gallery => gallery.Pictures.Select(p => p.Source.Value),
        _ => [],
    };

    /// <summary>Walks the tree once, without recursion (Markdig bounds nesting, but a stack of our own cannot overflow).</summary>
    public static MarkdownParts Of(MarkdownDocument document)
    {
        var parts = new MarkdownParts();
        var blocks = new Stack<Block>();
        var inlines = new Stack<Inline>();
        blocks.Push(document);
        while (blocks.TryPop(out var block))
        {
            if (block is StoryElementBlock element) parts.elements.Add(element);
            if (block is ContainerBlock container)
            {
                for (var i = container.Count - 1; i >= 0; i--) blocks.Push(container[i]);
                continue;
            }
            if (block is not LeafBlock { Inline: { } root } leaf) continue;
            if (leaf is ParagraphBlock paragraph && StartsWithReadMore(root)) parts.readMore.Add(paragraph);
            inlines.Push(root);
            while (inlines.TryPop(out var inline))
            {
                if (inline is LinkInline link) parts.links.Add(link);
                else if (inline is AutolinkInline { IsEmail: false } autolink) parts.autolinks.Add(autolink);
                if (inline is not ContainerInline children) continue;
                for (var child = children.LastChild; child is not null; child = child.PreviousSibling) inlines.Push(child);
            }
        }
        return parts;
    }

    private static bool StartsWithReadMore(ContainerInline inline) =>
        inline.FirstChild is LiteralInline first && first.Content.AsSpan().StartsWith(BodyRenderer.ReadMorePrefix, StringComparison.Ordinal);
}
