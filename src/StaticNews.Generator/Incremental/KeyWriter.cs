using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using StaticNews.Model;

namespace StaticNews.Generator.Incremental;

/// <summary>
/// Writes a model as the bytes its key hashes: every member the JSON contract would serialize, in the contract's order,
/// each value tagged and each string and list length- or end-marked, so two different models never write the same bytes.
/// Strings go in as their UTF-16 bytes: no escaping or transcoding, which made JSON the costly part of a rebuild.
/// Articles (with <paramref name="articleKey"/>) and the site's settings (with <paramref name="siteKey"/>) are written as their own key.
/// Its methods are compiled fully optimized at once: a build runs them over every article and page, once.
/// </summary>
internal sealed class KeyWriter(Func<Article, UInt128>? articleKey, UInt128? siteKey)
{
    // Each kind of value has its own tag, so values of different types in one untyped slot (front matter extras) differ.
    private enum Tag : byte { Null, String, Key, Number, Object, List, Dictionary, End, Json, Bool, Int, Long, Double, Float, Time, DateTime, Enum }

    // The contract every writer shares: which members a type has, and a getter for each.
    private static readonly JsonSerializerOptions Contract = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Write(ArrayBufferWriter<byte> buffer, object? value)
    {
        switch (value)
        {
            case null: Put(buffer, Tag.Null); return;
            case string text: String(buffer, text); return;
            case Article article when articleKey is not null: Key(buffer, articleKey(article)); return;
            case SiteConfig when siteKey is not null: Key(buffer, siteKey.Value); return;
            // The relating profile is derived from the title and body, which are written already.
            case TextProfile: Put(buffer, Tag.Null); return;
            case TimeZoneInfo zone: String(buffer, zone.Id); return;
            case Uri uri: String(buffer, uri.OriginalString); return;
            case bool flag: Typed(buffer, Tag.Bool, flag ? 1 : 0); return;
            case int number: Typed(buffer, Tag.Int, number); return;
            case long number: Typed(buffer, Tag.Long, number); return;
            case double number: Typed(buffer, Tag.Double, BitConverter.DoubleToInt64Bits(number)); return;
            case float number: Typed(buffer, Tag.Float, BitConverter.SingleToInt32Bits(number)); return;
            case DateTimeOffset time: Typed(buffer, Tag.Time, time.Ticks); Number(buffer, time.Offset.Ticks); return;
            case DateTime time: Typed(buffer, Tag.DateTime, time.Ticks); Number(buffer, (long)time.Kind); return;
            case Enum choice:
                Typed(buffer, Tag.Enum, Shapes.GetOrAdd(choice.GetType(), Shape.Of).TypeId);
                Number(buffer, Convert.ToInt64(choice, System.Globalization.CultureInfo.InvariantCulture));
                return;
            case IDictionary map: Dictionary(buffer, map); return;
        }

        var shape = Shapes.GetOrAdd(value.GetType(), Shape.Of);
        switch (shape.Kind)
        {
            case JsonTypeInfoKind.Object:
                Put(buffer, Tag.Object);
                Number(buffer, shape.TypeId);
                foreach (var get in shape.Getters) Write(buffer, get(value));
                return;
            case JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary:
                Put(buffer, Tag.List);
                foreach (var item in (IEnumerable)value) Write(buffer, item);
                Put(buffer, Tag.End);
                return;
            default:
                // Any other value (a number type not listed above, a Guid, ...) is written as its JSON, length first.
                var json = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), Contract);
                Put(buffer, Tag.Json);
                Number(buffer, json.Length);
                buffer.Write(json);
                return;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Dictionary(ArrayBufferWriter<byte> buffer, IDictionary map)
    {
        Put(buffer, Tag.Dictionary);
        foreach (DictionaryEntry entry in map)
        {
            Write(buffer, entry.Key);
            Write(buffer, entry.Value);
        }
        Put(buffer, Tag.End);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void String(ArrayBufferWriter<byte> buffer, string text)
    {
        Put(buffer, Tag.String);
        Number(buffer, text.Length);
        buffer.Write(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Key(ArrayBufferWriter<byte> buffer, UInt128 key)
    {
        Put(buffer, Tag.Key);
        Number(buffer, (long)(ulong)(key >> 64));
        Number(buffer, (long)(ulong)key);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Typed(ArrayBufferWriter<byte> buffer, Tag type, long number)
    {
        Put(buffer, type);
        Number(buffer, number);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Number(ArrayBufferWriter<byte> buffer, long number)
    {
        Put(buffer, Tag.Number);
        BinaryPrimitives.WriteInt64LittleEndian(buffer.GetSpan(sizeof(long)), number);
        buffer.Advance(sizeof(long));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Put(ArrayBufferWriter<byte> buffer, Tag tag)
    {
        buffer.GetSpan(1)[0] = (byte)tag;
        buffer.Advance(1);
    }

    /// <summary>What the contract says of a type: its kind, and for an object the getter of each member it serializes.</summary>
    private sealed record Shape(JsonTypeInfoKind Kind, long TypeId, IReadOnlyList<Func<object, object?>> Getters)
    {
        public static Shape Of(Type type)
        {
            var info = Contract.GetTypeInfo(type);
            // The type's name is part of an object's bytes: two record types with the same members still differ.
            var typeId = (long)XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(type.FullName ?? type.Name));
            var getters = info.Kind == JsonTypeInfoKind.Object
                ? info.Properties.Where(property => property.Get is not null).Select(property => property.Get!).ToList()
                : [];
            return new Shape(info.Kind, typeId, getters);
        }
    }

    /// <summary>The names of the members written for <paramref name="type"/>, in order: for tests that hold the key complete.</summary>
    internal static IReadOnlyList<string> MembersOf(Type type) =>
        Contract.GetTypeInfo(type) is { Kind: JsonTypeInfoKind.Object } info
            ? info.Properties.Where(property => property.Get is not null).Select(property => property.Name).ToList()
            : [];
}
