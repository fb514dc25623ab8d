using System.Buffers.Binary;

namespace StaticNews.Generator.Loading;

/// <summary>Reads what <see cref="BinaryWriter"/> wrote, straight from the bytes (BinaryReader decodes long strings in small pieces).</summary>
internal sealed class CacheReader(byte[] bytes, int length)
{
    private int position;

    /// <summary>True once every byte was read: a file with bytes left over is not one the writer wrote.</summary>
    public bool AtEnd => position == length;

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));
    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));
    public float ReadSingle() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));
    public bool ReadBoolean() => Take(1)[0] != 0;
    public byte ReadByte() => Take(1)[0];

    /// <summary>
    /// A count of items that follow, each taking at least <paramref name="bytesEach"/> bytes: a count the rest of the file
    /// cannot hold (a flipped bit, a hand edit such as 2^31) is refused before anything is allocated for it.
    /// </summary>
    /// <exception cref="InvalidDataException">The count is negative or larger than the bytes left allow.</exception>
    public int ReadCount(int bytesEach = 1) => Fitting(ReadInt32(), bytesEach);

    /// <summary>Like <see cref="ReadCount"/>, where -1 stands for no list at all (null).</summary>
    public int? ReadOptionalCount(int bytesEach = 1) => ReadInt32() is var count && count == -1 ? null : Fitting(count, bytesEach);

    private int Fitting(int count, int bytesEach) =>
        count >= 0 && count <= (length - position) / bytesEach ? count : throw new InvalidDataException($"a count of {count} items does not fit in the file");

    /// <summary>An index into a table of <paramref name="size"/> items read before.</summary>
    /// <exception cref="InvalidDataException">The index is outside the table.</exception>
    public int ReadIndex(int size)
    {
        var index = ReadInt32();
        if ((uint)index >= (uint)size) throw new InvalidDataException($"index {index} is outside a table of {size}");
        return index;
    }

    public string ReadString()
    {
        var count = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (shift > 28) throw new OverflowException("bad string length");
            var b = Take(1)[0];
            count |= (b & 0x7F) << shift;
            if (b < 0x80) break;
        }
        return count == 0 ? "" : ContentLoader.StrictUtf8.GetString(Take(count));
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > length - position) throw new EndOfStreamException();
        position += count;
        return bytes.AsSpan(position - count, count);
    }
}
