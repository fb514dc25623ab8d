
namespace StaticNews.Generator.Loading;

/// <summary>
/// A front matter as YamlReader read it, written to the article cache and read back without YAML, so an unchanged
/// article is not parsed again. Only a front matter that read without a diagnostic and whose every part comes back
/// exactly (same values, same types, same order) is kept.
/// </summary>
internal static class CachedFrontMatter
{
    private const byte Null = 0, Text = 1, List = 2, Map = 3;

    /// <summary>True when <see cref="Write"/> then <see cref="Read"/> gives back an equal front matter.</summary>
    public static bool CanKeep(YamlSource<FrontMatterDto> source) =>
        source.KeyLines is Dictionary<string, int> lines && lines.Comparer == StringComparer.Ordinal
        && source.UnknownKeys is SortedDictionary<string, UnknownKey> unknown && unknown.Comparer == StringComparer.Ordinal
        && IsWellFormed(source.DisplayPath) && lines.Keys.All(IsWellFormed)
        && unknown.All(kv => IsWellFormed(kv.Key) && CanKeep(kv.Value.Value))
        && TextsOf(source.Value).All(text => text is null || IsWellFormed(text));

    public static void Write(BinaryWriter writer, YamlSource<FrontMatterDto> source)
    {
        writer.Write(source.DisplayPath);
        writer.Write(source.FirstLine);
        writer.Write(source.KeyLines.Count);
        foreach (var (key, line) in source.KeyLines)
        {
            writer.Write(key);
            writer.Write(line);
        }
        writer.Write(source.UnknownKeys.Count);
        foreach (var (key, unknown) in source.UnknownKeys)
        {
            writer.Write(key);
            writer.Write(unknown.Line);
            WritePlain(writer, unknown.Value);
        }
        var dto = source.Value;
        foreach (var text in Fields(dto)) WriteText(writer, text);
        writer.Write(dto.ReadTime is not null);
        writer.Write(dto.ReadTime ?? 0);
        writer.Write(Flag(dto.Draft));
        writer.Write(Flag(dto.Live));
        writer.Write(Flag(dto.Breaking));
        foreach (var texts in Lists(dto)) WriteTexts(writer, texts);
        writer.Write(dto.Image is not null);
        foreach (var text in dto.Image is { } image ? Fields(image) : []) WriteText(writer, text);
        if (dto.Image is not null) WriteTexts(writer, dto.Image.Focus);
        writer.Write(dto.Corrections?.Count ?? -1);
        foreach (var correction in dto.Corrections ?? [])
        {
            writer.Write(correction is not null);
            if (correction is null) continue;
            WriteText(writer, correction.Date);
            WriteText(writer, correction.Text);
        }
    }

    public static YamlSource<FrontMatterDto> Read(CacheReader reader)
    {
        var display = reader.ReadString();
        var firstLine = reader.ReadInt32();
        var count = reader.ReadCount(1 + sizeof(int));
        var lines = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++) lines.Add(ReadClean(reader), reader.ReadInt32());
        var unknown = new SortedDictionary<string, UnknownKey>(StringComparer.Ordinal);
        count = reader.ReadCount(1 + sizeof(int) + 1);
        for (var i = 0; i < count; i++) unknown.Add(ReadClean(reader), new UnknownKey(reader.ReadInt32(), ReadPlain(reader, depth: 0)));
        var dto = new FrontMatterDto
        {
            Title = ReadText(reader), Date = ReadText(reader), Section = ReadText(reader), Summary = ReadText(reader),
            Source = ReadText(reader), Slug = ReadText(reader), Updated = ReadText(reader), Expires = ReadText(reader),
            LiveEnded = ReadText(reader), BreakingUntil = ReadText(reader),
        };
        var hasReadTime = reader.ReadBoolean();
        var readTime = reader.ReadInt32();
        dto.ReadTime = hasReadTime ? readTime : null;
        (dto.Draft, dto.Live, dto.Breaking) = (ReadFlag(reader), ReadFlag(reader), ReadFlag(reader));
        (dto.Authors, dto.Tags, dto.Related, dto.Aliases, dto.RelatedExclude, dto.KeyPoints) =
            (ReadTexts(reader), ReadTexts(reader), ReadTexts(reader), ReadTexts(reader), ReadTexts(reader), ReadTexts(reader));
        if (reader.ReadBoolean())
            dto.Image = new ImageDto { Src = ReadText(reader), Alt = ReadText(reader), Caption = ReadText(reader), Credit = ReadText(reader), Focus = ReadTexts(reader) };
        if (reader.ReadOptionalCount() is { } corrections)
        {
            dto.Corrections = new List<CorrectionDto>(corrections);
            for (var i = 0; i < corrections; i++)
                dto.Corrections.Add(reader.ReadBoolean() ? new CorrectionDto { Date = ReadText(reader), Text = ReadText(reader) } : null!);
        }
        return new YamlSource<FrontMatterDto>(dto, display, lines, firstLine) { UnknownKeys = unknown };
    }

    // The order Write writes them in and Read reads them back.
    private static string?[] Fields(FrontMatterDto dto) =>
        [dto.Title, dto.Date, dto.Section, dto.Summary, dto.Source, dto.Slug, dto.Updated, dto.Expires, dto.LiveEnded, dto.BreakingUntil];
    private static List<string>?[] Lists(FrontMatterDto dto) => [dto.Authors, dto.Tags, dto.Related, dto.Aliases, dto.RelatedExclude, dto.KeyPoints];
    private static string?[] Fields(ImageDto image) => [image.Src, image.Alt, image.Caption, image.Credit];

    private static IEnumerable<string?> TextsOf(FrontMatterDto dto) =>
        Fields(dto).Concat(Lists(dto).SelectMany(list => list ?? []))
            .Concat(dto.Image is { } image ? Fields(image).Concat(image.Focus ?? []) : [])
            .Concat((dto.Corrections ?? []).SelectMany(c => c is null ? [] : new[] { c.Date, c.Text }));

    private static byte Flag(bool? value) => value is null ? (byte)2 : value.Value ? (byte)1 : (byte)0;

    private static bool? ReadFlag(CacheReader reader) =>
        reader.ReadByte() switch { 0 => false, 1 => true, 2 => null, _ => throw new InvalidDataException("bad flag") };

    private static void WriteText(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null) writer.Write(text);
    }

    private static string? ReadText(CacheReader reader) => reader.ReadBoolean() ? ReadClean(reader) : null;

    /// <summary>
    /// A text as YamlReader would have let it through: a hand-edited cache must not bring in what the YAML check
    /// refuses (<see cref="TextCharacters"/>), since nothing reads this front matter's YAML again.
    /// </summary>
    private static string ReadClean(CacheReader reader)
    {
        var text = reader.ReadString();
        return TextCharacters.IndexOfRefused(text) < 0 ? text : throw new InvalidDataException("a cached text holds a refused character");
    }

    private static void WriteTexts(BinaryWriter writer, List<string>? texts)
    {
        writer.Write(texts?.Count ?? -1);
        foreach (var text in texts ?? []) WriteText(writer, text);
    }

    private static List<string>? ReadTexts(CacheReader reader)
    {
        if (reader.ReadOptionalCount() is not { } count) return null;
        var texts = new List<string>(count);
        for (var i = 0; i < count; i++) texts.Add(ReadText(reader)!);
        return texts;
    }

    /// <summary>The shapes YamlReader gives unknown keys' values: a scalar's text, a list, a mapping, or null.</summary>
    private static bool CanKeep(object? value) => value switch
    {
        null => true,
        string text => IsWellFormed(text),
        List<object?> list => list.All(CanKeep),
        Dictionary<string, object?> map => map.Comparer == StringComparer.Ordinal && map.All(kv => IsWellFormed(kv.Key) && CanKeep(kv.Value)),
        _ => false,
    };

    private static void WritePlain(BinaryWriter writer, object? value)
    {
        switch (value)
        {
            case string text:
                writer.Write(Text);
                writer.Write(text);
                break;
            case List<object?> list:
                writer.Write(List);
                writer.Write(list.Count);
                foreach (var item in list) WritePlain(writer, item);
                break;
            case Dictionary<string, object?> map:
                writer.Write(Map);
                writer.Write(map.Count);
                foreach (var (key, item) in map)
                {
                    writer.Write(key);
                    WritePlain(writer, item);
                }
                break;
            default:
                writer.Write(Null);
                break;
        }
    }

    /// <param name="depth">How deep in lists and mappings the value sits: YAML allows 32 levels, so more means a damaged file (and recursion without end).</param>
    private static object? ReadPlain(CacheReader reader, int depth)
    {
        if (depth > YamlShape.MaxDepth) throw new InvalidDataException("values nested too deeply");
        switch (reader.ReadByte())
        {
            case Null: return null;
            case Text: return ReadClean(reader);
            case List:
                var length = reader.ReadCount();
                var list = new List<object?>(length);
                for (var i = 0; i < length; i++) list.Add(ReadPlain(reader, depth + 1));
                return list;
            case Map:
                var count = reader.ReadCount(2);
                var map = new Dictionary<string, object?>(count, StringComparer.Ordinal);
                for (var i = 0; i < count; i++) map.Add(ReadClean(reader), ReadPlain(reader, depth + 1));
                return map;
            default: throw new InvalidDataException("bad value tag");
        }
    }

    /// <summary>No lone surrogate (a YAML escape like "\uD800" makes one): the cache file's strict UTF-8 cannot hold it.</summary>
    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (!char.IsHighSurrogate(text[i]) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return false;
            i++;
        }
        return true;
    }
}
