using System.Buffers.Binary;

namespace StaticNews.Generator.Loading;

/// <summary>Reads what <see cref="BinaryWriter"/> wrote, straight from the bytes (BinaryReader decodes long strings in small pieces).</summary>
internal sealed class CacheReader(byte[] bytes, int length)
{
    private int position;

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));
    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));
    public float ReadSingle() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));
    public bool ReadBoolean() => Take(1)[0] != 0;
    public byte ReadByte() => Take(1)[0];

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
