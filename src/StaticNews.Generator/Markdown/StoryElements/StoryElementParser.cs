using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;
using StaticNews.Generator.Diagnostics;

namespace StaticNews.Generator.Markdown.StoryElements;

/// <summary>
/// Reads <c>::: name [argument]</c>, then <c>key: value</c> lines (elements made of fields) or Markdown (quotes, fact
/// boxes), up to a line <c>:::</c>. Problems are kept on the block for Build to report: parsing has no diagnostics.
/// </summary>
public sealed partial class StoryElementParser : BlockParser
{
    public const string Fence = ":::";

    public StoryElementParser() => OpeningCharacters = [':'];

    [GeneratedRegex("^(?<key>[^:]{1,80}?)\\s*:(?:\\s+(?<value>.*?))?\\s*$")]
    private static partial Regex FieldLine();

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var text = processor.Line.ToString();
        if (!IsFence(text)) return BlockState.None;
        var line = processor.LineIndex + 1;
        var column = processor.Column + 1;
        var rest = text[Fence.Length..];
        var nameOffset = Fence.Length + rest.Length - rest.TrimStart().Length;
        var words = rest.Trim();
        var space = words.IndexOfAny([' ', '\t']);
        var name = space < 0 ? words : words[..space];
        var argument = space < 0 ? "" : words[space..].Trim();
        var argumentOffset = argument.Length == 0 ? nameOffset + name.Length + 1 : text.IndexOf(argument, nameOffset + name.Length, StringComparison.Ordinal);
        var block = new StoryElementBlock(this)
        {
            Name = name,
            Argument = argument,
            OpenLine = line,
            FenceColumn = column,
            NameColumn = column + nameOffset,
            ArgumentColumn = column + argumentOffset,
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        };
        processor.NewBlocks.Push(block);
        if (name.Length > 0) return BlockState.ContinueDiscard;

        block.Terminated = true;
        block.Problems.Add(new ElementProblem(Codes.StrayElementEnd, line, column,
            "this ':::' closes no story element. Remove it, or open the element above with a line such as '::: factbox Key facts'."));
        return BlockState.BreakDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var element = (StoryElementBlock)block;
        var takesMarkdown = StoryElementReader.TakesMarkdown(element.Name);
        if (processor.IsCodeIndent && takesMarkdown && element.RefusedDepth == 0) return BlockState.Continue;
        var raw = processor.Line.ToString();
        var text = raw.Trim();
        var column = processor.Column + 1 + raw.Length - raw.TrimStart().Length;
        if (IsFence(text))
        {
            if (text.Length > Fence.Length)
            {
                element.RefusedDepth++;
                if (element.RefusedDepth == 1)
                    element.Problems.Add(new ElementProblem(Codes.NestedElement, processor.LineIndex + 1, column,
                        $"a story element cannot sit inside another ('::: {element.Name}' opened on line {element.OpenLine}). Close that one with ':::' first."));
                return BlockState.ContinueDiscard;
            }
            if (element.RefusedDepth > 0)
            {
                element.RefusedDepth--;
                return BlockState.ContinueDiscard;
            }
            element.Terminated = true;
            element.UpdateSpanEnd(processor.Line.End);
            return BlockState.BreakDiscard;
        }
        if (element.RefusedDepth > 0) return BlockState.ContinueDiscard;
        if (takesMarkdown) return BlockState.Continue;
        if (text.Length == 0) return BlockState.ContinueDiscard;

        var line = processor.LineIndex + 1;
        if (FieldLine().Match(text) is { Success: true } field)
        {
            var value = field.Groups["value"].Value;
            var valueColumn = value.Length == 0 ? column + text.Length : column + text.IndexOf(value, field.Groups["key"].Length, StringComparison.Ordinal);
            element.Fields.Add(new ElementField(field.Groups["key"].Value.Trim(), value, line, column, valueColumn));
        }
        else if (StoryElementReader.IsKnown(element.Name))
        {
            element.Problems.Add(new ElementProblem(Codes.InvalidElementField, line, column,
                $"'::: {element.Name}' holds only 'key: value' lines. {StoryElementReader.FieldsHint(element.Name)}"));
        }
        return BlockState.ContinueDiscard;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        var element = (StoryElementBlock)block;
        if (element.Name.Length == 0) return true;
        if (!element.Terminated)
            element.Problems.Add(new ElementProblem(Codes.UnterminatedElement, element.OpenLine, element.FenceColumn,
                $"'::: {element.Name}' is never closed. Add a line ':::' after its last line (and close each element before the end of a list or quote it sits in)."));
        element.Element = StoryElementReader.Read(element);
        return true;
    }

    /// <summary>Exactly three colons, then the end of the line, a space or a name: "::::" is left to be text.</summary>
    private static bool IsFence(string text) =>
        text.StartsWith(Fence, StringComparison.Ordinal) && (text.Length == Fence.Length || text[Fence.Length] is ' ' or '\t' || char.IsAsciiLetter(text[Fence.Length]));
}
