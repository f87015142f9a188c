using System.Buffers.Binary;
using System.IO.Compression;

namespace PartyBot.Cards.Charts;

/// <summary>
/// Encodes opaque RGBA pixels as an 8-bit palette PNG. A chart is a few flat colours plus the anti-aliased edges of its
/// text, so 256 colours lose nothing one can see, and the file is about half the size of Skia's RGB PNG — half the
/// share of the card's 80 KB that the picture takes. Deterministic: the same pixels give the same bytes.
/// </summary>
internal static class IndexedPng
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <param name="rgba">Width × height pixels, 4 bytes each (R, G, B, A), alpha ignored.</param>
    public static byte[] Encode(ReadOnlySpan<byte> rgba, int width, int height)
    {
        var colors = new uint[width * height];
        for (var i = 0; i < colors.Length; i++)
        {
            colors[i] = ((uint)rgba[i * 4] << 16) | ((uint)rgba[(i * 4) + 1] << 8) | rgba[(i * 4) + 2];
        }

        var palette = ChoosePalette(colors);
        var indexOf = new Dictionary<uint, byte>();
        var scanlines = new byte[height * (width + 1)];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var color = colors[(y * width) + x];
                if (!indexOf.TryGetValue(color, out var index))
                {
                    index = Nearest(palette, color);
                    indexOf[color] = index;
                }

                scanlines[(y * (width + 1)) + 1 + x] = index;
            }
        }

        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 3; // colour type: palette
        WriteChunk(output, "IHDR", header);
        WriteChunk(output, "PLTE", palette.SelectMany(c => new[] { (byte)(c >> 16), (byte)(c >> 8), (byte)c }).ToArray());
        WriteChunk(output, "IDAT", Deflate(scanlines));
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>Every colour when there are at most 256; otherwise the 256 most frequent (ties by value).</summary>
    private static uint[] ChoosePalette(uint[] colors) =>
        colors.GroupBy(c => c)
            .Select(g => (Color: g.Key, Count: g.Count()))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Color)
            .Take(256)
            .Select(c => c.Color)
            .ToArray();

    private static byte Nearest(uint[] palette, uint color)
    {
        var best = 0;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < palette.Length; i++)
        {
            var dr = (int)((palette[i] >> 16) & 0xFF) - (int)((color >> 16) & 0xFF);
            var dg = (int)((palette[i] >> 8) & 0xFF) - (int)((color >> 8) & 0xFF);
            var db = (int)(palette[i] & 0xFF) - (int)(color & 0xFF);
            var distance = (dr * dr) + (dg * dg) + (db * db);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (i, distance);
            }
        }

        return (byte)best;
    }

    private static byte[] Deflate(byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return compressed.ToArray();
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        output.Write(word);
        var typeAndData = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32(typeAndData));
        output.Write(word);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
