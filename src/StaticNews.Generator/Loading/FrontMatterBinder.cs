using YamlDotNet.RepresentationModel;

namespace StaticNews.Generator.Loading;

/// <summary>
/// Binds front matter straight from its node tree, for the plain shapes articles are written in: YamlDotNet's
/// deserializer costs more than the parse itself (reflection on every property of every file). Anything else
/// (tags, anchors, numbers and booleans not written plainly, a list where a text belongs, …) gives null and is left
/// to YamlDotNet, so its values and its error messages stay exactly as they were.
/// </summary>
public static class FrontMatterBinder
{
    /// <summary>The front matter of a one-document YAML stream whose root is <paramref name="root"/>, or null when YamlDotNet must decide.</summary>
    public static FrontMatterDto? TryBind(YamlNode root)
    {
        if (!IsPlainMapping(root, out var mapping)) return null;
        var dto = new FrontMatterDto();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (!IsKey(keyNode, seen, out var key)) return null;
            // Like YamlDotNet's null handling: ~, null or nothing leave a field unset.
            if (IsNull(value)) continue;
            var bound = key switch
            {
                "title" => Text(value, v => dto.Title = v),
                "date" => Text(value, v => dto.Date = v),
                "section" => Text(value, v => dto.Section = v),
                "summary" => Text(value, v => dto.Summary = v),
                "source" => Text(value, v => dto.Source = v),
                "slug" => Text(value, v => dto.Slug = v),
                "updated" => Text(value, v => dto.Updated = v),
                "expires" => Text(value, v => dto.Expires = v),
                "read_time" => WholeNumber(value, v => dto.ReadTime = v),
                "draft" => Boolean(value, v => dto.Draft = v),
                "authors" => Texts(value, v => dto.Authors = v),
                "tags" => Texts(value, v => dto.Tags = v),
                "related" => Texts(value, v => dto.Related = v),
                "aliases" => Texts(value, v => dto.Aliases = v),
                "related_exclude" => Texts(value, v => dto.RelatedExclude = v),
                "live" => Boolean(value, v => dto.Live = v),
                "live_ended" => Text(value, v => dto.LiveEnded = v),
                "key_points" => Texts(value, v => dto.KeyPoints = v),
                "breaking" => Boolean(value, v => dto.Breaking = v),
                "breaking_until" => Text(value, v => dto.BreakingUntil = v),
                "image" => Image(value, v => dto.Image = v),
                "corrections" => Corrections(value, v => dto.Corrections = v),
                // Unknown keys are skipped by the deserializer too, whatever their value.
                _ => true,
            };
            if (!bound) return null;
        }
        return dto;
    }

    private static bool Image(YamlNode node, Action<ImageDto> set)
    {
        if (!IsPlainMapping(node, out var mapping)) return false;
        var image = new ImageDto();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (!IsKey(keyNode, seen, out var key)) return false;
            if (IsNull(value)) continue;
            var bound = key switch
            {
                "src" => Text(value, v => image.Src = v),
                "alt" => Text(value, v => image.Alt = v),
                "caption" => Text(value, v => image.Caption = v),
                "credit" => Text(value, v => image.Credit = v),
                "focus" => Texts(value, v => image.Focus = v),
                _ => true,
            };
            if (!bound) return false;
        }
        set(image);
        return true;
    }

    private static bool Corrections(YamlNode node, Action<List<CorrectionDto>> set)
    {
        if (!IsPlain(node) || node is not YamlSequenceNode sequence) return false;
        var corrections = new List<CorrectionDto>(sequence.Children.Count);
        foreach (var item in sequence.Children)
        {
            if (!IsPlainMapping(item, out var mapping)) return false;
            var correction = new CorrectionDto();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (keyNode, value) in mapping.Children)
            {
                if (!IsKey(keyNode, seen, out var key)) return false;
                if (IsNull(value)) continue;
                var bound = key switch
                {
                    "date" => Text(value, v => correction.Date = v),
                    "text" => Text(value, v => correction.Text = v),
                    _ => true,
                };
                if (!bound) return false;
            }
            corrections.Add(correction);
        }
        set(corrections);
        return true;
    }

    private static bool Text(YamlNode node, Action<string> set)
    {
        if (!IsPlain(node) || node is not YamlScalarNode { Value: { } value }) return false;
        set(value);
        return true;
    }

    private static bool Texts(YamlNode node, Action<List<string>> set)
    {
        if (!IsPlain(node) || node is not YamlSequenceNode sequence) return false;
        var texts = new List<string>(sequence.Children.Count);
        foreach (var item in sequence.Children)
        {
            if (IsNull(item) || !IsPlain(item) || item is not YamlScalarNode { Value: { } value }) return false;
            texts.Add(value);
        }
        set(texts);
        return true;
    }

    /// <summary>Only digits without a leading zero, sign, underscore or quotes, short enough for an int: what every reading agrees on.</summary>
    private static bool WholeNumber(YamlNode node, Action<int> set)
    {
        if (!IsPlain(node) || node is not YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: { Length: > 0 and < 10 } value }
            || value[0] == '0' || !value.All(char.IsAsciiDigit)) return false;
        set(int.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }

    private static bool Boolean(YamlNode node, Action<bool> set)
    {
        if (!IsPlain(node) || node is not YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } scalar) return false;
        set(scalar.Value == "true");
        return true;
    }

    private static bool IsKey(YamlNode node, HashSet<string> seen, out string key)
    {
        key = (node as YamlScalarNode)?.Value ?? "";
        return IsPlain(node) && node is YamlScalarNode { Value: not null } && !IsNull(node) && seen.Add(key);
    }

    private static bool IsPlainMapping(YamlNode node, out YamlMappingNode mapping)
    {
        mapping = (node as YamlMappingNode)!;
        return IsPlain(node) && node is YamlMappingNode;
    }

    /// <summary>No tag and no anchor: nothing that changes how YamlDotNet reads the value.</summary>
    private static bool IsPlain(YamlNode node) => node.Tag.IsEmpty && node.Anchor.IsEmpty;

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "" or "~" or "null" or "Null" or "NULL" } && IsPlain(node);
}
