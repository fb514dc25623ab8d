using System.Reflection;
using StaticNews.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace StaticNews.Generator.Loading;

/// <summary>Reads YAML into typed DTOs and turns every YAML problem into a diagnostic at its file line.</summary>
public static class YamlReader
{
    /// <summary>The one deserializer configuration; tests compare the fast paths with it.</summary>
    internal static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .WithDuplicateKeyChecking()
        .Build();

    /// <summary>Deserializes <paramref name="yaml"/>; on failure reports the problem and returns null.</summary>
    /// <param name="itemLines">Also key the line of each entry of a top-level list, as <c>key[0]</c>.</param>
    public static YamlSource<T>? Read<T>(YamlText yaml, DiagnosticBag diagnostics, bool itemLines = false) where T : class, new()
    {
        try
        {
            // One scan of the text: the node tree (and the deserializer, when still needed) replay the events the shape check read.
            if (YamlShape.ReadPlain(yaml, diagnostics) is not { } events) return null;
            var stream = new YamlStream();
            stream.Load(events.Replay());
            var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            var value = root is null ? new T() : Bind<T>(stream) ?? Deserializer.Deserialize<T>(events.Replay()) ?? new T();
            return new YamlSource<T>(value, yaml.DisplayPath, KeyLines(root, yaml.FirstLine, itemLines), yaml.FirstLine)
            {
                UnknownKeys = UnknownKeys<T>(root, yaml.FirstLine),
            };
        }
        catch (YamlException ex)
        {
            var (line, column) = Locate(ex, yaml.Text);
            diagnostics.Error(Codes.InvalidYaml, yaml.DisplayPath, yaml.FirstLine + line - 1, column,
                $"{Describe(ex)}. Check the indentation (spaces, not tabs), quotes and the type of the value.");
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these on some malformed text (found by fuzzing: fixtures yaml-scanner-crash, yaml-anchor-before-empty-key).
            diagnostics.Error(Codes.InvalidYaml, yaml.DisplayPath, yaml.FirstLine, 1,
                "the YAML could not be read. Check the indentation (spaces, not tabs), quotes and stray '...' or '---' lines.");
            return null;
        }
    }

    /// <summary>The keys of a mapping that <typeparamref name="T"/> does not declare, with their values as plain objects.</summary>
    private static SortedDictionary<string, UnknownKey> UnknownKeys<T>(YamlNode? root, int firstLine)
    {
        var known = KnownKeys<T>.Names;
        var result = new SortedDictionary<string, UnknownKey>(StringComparer.Ordinal);
        if (root is not YamlMappingNode mapping) return result;
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && !known.Contains(name))
                result[name] = new UnknownKey(firstLine + (int)key.Start.Line - 1, ToPlainObject(value));
        }
        return result;
    }

    /// <summary>The keys <typeparamref name="T"/> declares, worked out once per type rather than once per file.</summary>
    private static class KnownKeys<T>
    {
        public static readonly HashSet<string> Names = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => UnderscoredNamingConvention.Instance.Apply(p.Name))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Front matter in its usual plain shape is bound from the tree; the deserializer reads only the first of several documents (and then fails).</summary>
    private static T? Bind<T>(YamlStream stream) where T : class =>
        typeof(T) == typeof(FrontMatterDto) && stream.Documents.Count == 1 ? FrontMatterBinder.TryBind(stream.Documents[0].RootNode) as T : null;

    private static Dictionary<string, int> KeyLines(YamlNode? root, int firstLine, bool itemLines)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        switch (root)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is not YamlScalarNode scalar) continue;
                    lines[scalar.Value ?? ""] = firstLine + (int)key.Start.Line - 1;
                    if (itemLines && value is YamlSequenceNode items)
                        for (var i = 0; i < items.Children.Count; i++)
                            lines[$"{scalar.Value}[{i}]"] = firstLine + (int)items.Children[i].Start.Line - 1;
                }
                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                    lines[$"[{i}]"] = firstLine + (int)sequence.Children[i].Start.Line - 1;
                break;
        }
        return lines;
    }

    private static object? ToPlainObject(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode sequence => sequence.Children.Select(ToPlainObject).ToList(),
        YamlMappingNode mapping => mapping.Children.ToDictionary(
            kv => (kv.Key as YamlScalarNode)?.Value ?? "", kv => ToPlainObject(kv.Value), StringComparer.Ordinal),
        _ => null,
    };

    /// <summary>The 1-based line and column of the problem within the YAML text.</summary>
    private static (int Line, int Column) Locate(YamlException ex, string text)
    {
        // YamlDotNet places a tab-indentation error at the start of the enclosing mapping; point at the tab itself.
        if (ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            var lines = text.Split('\n');
            var tabbed = Array.FindIndex(lines, l => l.TrimStart(' ').StartsWith('\t'));
            if (tabbed >= 0) return (tabbed + 1, lines[tabbed].IndexOf('\t') + 1);
        }
        return ((int)ex.Start.Line, (int)ex.Start.Column);
    }

    /// <summary>The innermost message in an editor's words, without YamlDotNet's "(Line: …)" prefix or .NET type names.</summary>
    private static string Describe(YamlException ex)
    {
        Exception inner = ex;
        while (inner.InnerException is { } next) inner = next;
        var message = inner.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && cut > 0) message = message[(cut + 3)..];
        if (message.Contains("into type System.String", StringComparison.Ordinal)) return "expected a single text value here, but found a list or a mapping";
        if (message.Contains("into type System.Int32", StringComparison.Ordinal)) return "expected a whole number here";
        if (message.Contains("into type System.Boolean", StringComparison.Ordinal)) return "expected true or false here";
        if (message.Contains("into type System.Collections.Generic.List", StringComparison.Ordinal)
            || message.StartsWith("Expected 'SequenceStart'", StringComparison.Ordinal)) return "expected a list here, like [a, b]";
        if (message.Contains("is not a valid YAML Boolean", StringComparison.Ordinal)) return "expected true or false here";
        if (inner is FormatException or OverflowException) return "expected a whole number here";
        return message.TrimEnd('.');
    }
}
