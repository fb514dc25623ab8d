using System.Diagnostics;
using System.IO.Hashing;
using System.Text;
using NetVips;

namespace StaticNews.Generator.Tests.Pictures;

/// <summary>Pictures made at test time (libvips, ImageMagick, exiftool), good and bad, so no odd binary is committed.</summary>
public static class TestPictures
{
    /// <summary>A plain JPEG of the given size, grey with a red block in its top-left corner.</summary>
    public static byte[] Jpeg(int width, int height)
    {
        using var grey = Image.Black(width, height, bands: 3) + new double[] { 90, 110, 130 };
        using var bytes = grey.Cast(Enums.BandFormat.Uchar).Mutate(m => m.DrawRect([255, 0, 0], 0, 0, width / 5, height / 5, fill: true));
        return bytes.JpegsaveBuffer(q: 85);
    }

    /// <summary>A plain grey PNG of the given size.</summary>
    public static byte[] Png(int width, int height)
    {
        using var grey = (Image.Black(width, height, bands: 3) + 128).Cast(Enums.BandFormat.Uchar);
        return grey.PngsaveBuffer();
    }

    /// <summary>
    /// A phone's photo: 3000 × 2000 pixels stored sideways with Orientation 6, GPS, a serial number, an artist, XMP and
    /// IPTC. Upright it is 2000 × 3000 with the red block at its top left (stored at the bottom left).
    /// </summary>
    public static void WriteCameraJpeg(string path)
    {
        using var grey = Image.Black(3000, 2000, bands: 3) + new double[] { 90, 110, 130 };
        using var bytes = grey.Cast(Enums.BandFormat.Uchar).Mutate(m => m.DrawRect([255, 0, 0], 0, 2000 - 400, 600, 400, fill: true));
        bytes.Jpegsave(path, q: 85);
        Run("exiftool", "-q", "-overwrite_original", "-Orientation#=6", "-GPSLatitude=51.5007", "-GPSLatitudeRef=N",
            "-GPSLongitude=0.1246", "-GPSLongitudeRef=W", "-SerialNumber=SN-4411", "-Artist=Source Name",
            "-XMP:Creator=Source Name", "-IPTC:By-line=Source Name", "-Comment=secret comment", path);
    }

    /// <summary>A PNG whose header claims <paramref name="width"/> × <paramref name="height"/> pixels with almost no data: a decompression bomb's shape.</summary>
    public static byte[] PngHeaderOnly(int width, int height)
    {
        var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // RGB
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A small HEIC-looking file: an ISO media "ftyp" box with the heic brand, as an iPhone writes first.</summary>
    public static byte[] HeicHeader() =>
        [0, 0, 0, 0x18, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8, 0, 0, 0, 8, .. "mdat"u8];

    /// <summary>Runs ImageMagick's <c>convert</c>.</summary>
    public static void Magick(params string[] arguments) => Run("convert", arguments);

    /// <summary>Runs a tool and returns its standard output; a failure fails the test with its standard error.</summary>
    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error}");
        return output.Result;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.HashToUInt32(typed));
        png.Write(crc);
    }
}
