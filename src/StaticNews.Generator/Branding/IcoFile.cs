namespace StaticNews.Generator.Branding;

/// <summary>Writes a Windows icon file (favicon.ico) holding PNG pictures, as every browser since IE 11 reads it; libvips writes no ICO.</summary>
public static class IcoFile
{
    private const int HeaderSize = 6, EntrySize = 16;

    /// <param name="pngs">Square PNGs of at most 256 pixels a side, with that side.</param>
    public static byte[] Write(IReadOnlyList<(int Size, byte[] Png)> pngs)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write((ushort)0);
        writer.Write((ushort)1); // 1: icon, 2: cursor
        writer.Write((ushort)pngs.Count);
        var offset = HeaderSize + EntrySize * pngs.Count;
        foreach (var (size, png) in pngs)
        {
            var side = (byte)(size >= 256 ? 0 : size); // 0 stands for 256
            writer.Write(side);
            writer.Write(side);
            writer.Write((byte)0); // no palette
            writer.Write((byte)0);
            writer.Write((ushort)1); // colour planes
            writer.Write((ushort)32); // bits per pixel
            writer.Write((uint)png.Length);
            writer.Write((uint)offset);
            offset += png.Length;
        }
        foreach (var (_, png) in pngs) writer.Write(png);
        writer.Flush();
        return stream.ToArray();
    }
}
