using Markdig.Parsers;
using Markdig.Syntax;

namespace StaticNews.Generator.Markdown.StoryElements;

/// <summary>
/// A <c>::: name [argument]</c> … <c>:::</c> block as parsed: its name, argument and <c>key: value</c> fields, the Markdown
/// inside as children (for quotes and fact boxes), the typed <see cref="Element"/> read from them, and what was wrong.
/// </summary>
public sealed class StoryElementBlock(BlockParser parser) : ContainerBlock(parser)
{
    public required string Name { get; init; }
    public required string Argument { get; init; }

    /// <summary>1-based line and columns of the opening line's name and argument.</summary>
    public required int OpenLine { get; init; }
    public required int FenceColumn { get; init; }
    public required int NameColumn { get; init; }
    public required int ArgumentColumn { get; init; }

    public List<ElementField> Fields { get; } = [];

    /// <summary>True once the closing <c>:::</c> line was seen.</summary>
    public bool Terminated { get; set; }

    /// <summary>How many refused nested elements are open inside this one, so their closing lines are not taken as its own.</summary>
    internal int RefusedDepth { get; set; }

    public List<ElementProblem> Problems { get; } = [];

    /// <summary>Null when the block was not a usable element (its problems say why).</summary>
    public StoryElement? Element { get; set; }

    /// <summary>What Build resolved for this render (site base path, the card's article); reset after each render.</summary>
    public ElementContext? Context { get; set; }
}
