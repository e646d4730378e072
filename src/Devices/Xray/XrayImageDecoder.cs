using System.Buffers.Binary;
using OpenCvSharp;

namespace Screening.Devices.Xray;

public enum XrayImageFormat
{
    Png,
    Jpeg,
    Tiff,
}

/// <summary>What an image file's header says, read before anything is decoded.</summary>
public readonly record struct XrayImageHeader(XrayImageFormat Format, int Width, int Height)
{
    public long Pixels => (long)Width * Height;
}

/// <summary>Limits a frame must be within to be decoded at all (configuration section <c>Xray:Frames</c>).</summary>
public sealed record XrayFrameLimits
{
    /// <summary>Largest file accepted: 64 MiB (a 4096 × 4096 16-bit TIFF is 32 MiB).</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Most pixels accepted: 25 megapixels (scanner frames are 1–6 megapixels).</summary>
    public long MaxPixels { get; init; } = 25_000_000;

    /// <summary>
    /// Fewest pixels on a side: 64. A scanner frame is hundreds of pixels each way; a narrower strip
    /// holds no bag the analyser could clear, and is refused like any unreadable frame.
    /// </summary>
    public int MinSide { get; init; } = 64;
}

/// <summary>A frame that was refused, with the reason an officer and the log can read.</summary>
public sealed class XrayFrameRefusedException(string reason) : Exception(reason);

/// <summary>
/// Reads x-ray frame files safely: the format comes from the magic bytes (never the extension), the
/// header's dimensions are checked against <see cref="XrayFrameLimits"/> before any pixel is
/// decoded (a 100,000 × 100,000 header must not allocate 30 GB), and a zero-byte, truncated or
/// corrupt file is refused with a reason instead of crashing or being skipped.
/// </summary>
/// <remarks>Stateless; any thread may use one instance.</remarks>
public sealed class XrayImageDecoder(XrayFrameLimits limits)
{
    public XrayImageDecoder() : this(new XrayFrameLimits())
    {
    }

    public XrayFrameLimits Limits { get; } = limits;

    /// <summary>Reads and checks a header; false with a reason when the bytes are not an acceptable image.</summary>
    public bool TryReadHeader(ReadOnlySpan<byte> bytes, out XrayImageHeader header, out string reason)
    {
        header = default;
        if (bytes.Length == 0)
        {
            reason = "empty file (0 bytes)";
            return false;
        }

        if (bytes.Length > Limits.MaxBytes)
        {
            reason = $"file is {bytes.Length} bytes, above the limit of {Limits.MaxBytes} bytes";
            return false;
        }

        string? problem;
        if (bytes.StartsWith(PngSignature))
        {
            problem = ReadPng(bytes, out header);
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xD8)
        {
            problem = ReadJpeg(bytes, out header);
        }
        else if (bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8))
        {
            problem = ReadTiff(bytes, out header);
        }
        else if (bytes.StartsWith("II+\0"u8) || bytes.StartsWith("MM\0+"u8))
        {
            problem = "BigTIFF is not supported (export classic TIFF, PNG or JPEG)";
        }
        else
        {
            problem = $"not a PNG, JPEG or TIFF image (starts with {Convert.ToHexString(bytes[..Math.Min(8, bytes.Length)])})";
        }

        if (problem is null && (header.Width <= 0 || header.Height <= 0))
        {
            problem = $"{Name(header.Format)} header gives a size of {header.Width} × {header.Height}";
        }

        if (problem is null && (header.Width < Limits.MinSide || header.Height < Limits.MinSide))
        {
            problem = $"{Name(header.Format)} header gives a size of {header.Width} × {header.Height}, below the smallest frame of {Limits.MinSide} pixels a side";
        }

        if (problem is null && header.Pixels > Limits.MaxPixels)
        {
            problem = $"{Name(header.Format)} header claims {header.Width} × {header.Height} ({header.Pixels} pixels), above the limit of {Limits.MaxPixels} pixels";
        }

        reason = problem ?? "";
        return problem is null;
    }

    /// <summary>Decodes a frame into an 8-bit BGR image; throws <see cref="XrayFrameRefusedException"/> with the reason otherwise.</summary>
    public Mat Decode(ReadOnlySpan<byte> bytes, out XrayImageHeader header)
    {
        if (!TryReadHeader(bytes, out header, out var reason))
        {
            throw new XrayFrameRefusedException(reason);
        }

        Mat image;
        try
        {
            image = Cv2.ImDecode(bytes, ImreadModes.Color);
        }
        catch (OpenCVException ex)
        {
            throw new XrayFrameRefusedException($"corrupt {Name(header.Format)}: {ex.Message}");
        }

        if (image.Empty() || image.Width != header.Width || image.Height != header.Height)
        {
            image.Dispose();
            throw new XrayFrameRefusedException($"corrupt {Name(header.Format)}: the image data could not be decoded");
        }

        return image;
    }

    /// <summary>Reads a file (refusing it by size before reading) and decodes it.</summary>
    public Mat DecodeFile(string path, out XrayImageHeader header)
    {
        var length = new FileInfo(path).Length;
        if (length > Limits.MaxBytes)
        {
            throw new XrayFrameRefusedException($"file is {length} bytes, above the limit of {Limits.MaxBytes} bytes");
        }

        return Decode(File.ReadAllBytes(path), out header);
    }

    private static string Name(XrayImageFormat format) => format.ToString().ToUpperInvariant();

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> PngEnd => [0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    private static string? ReadPng(ReadOnlySpan<byte> bytes, out XrayImageHeader header)
    {
        header = default;
        // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4).
        if (bytes.Length < 24 || !bytes.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return "truncated or corrupt PNG: no IHDR header";
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(16, 4));
        var height = BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(20, 4));
        header = new XrayImageHeader(XrayImageFormat.Png, (int)Math.Min(width, int.MaxValue), (int)Math.Min(height, int.MaxValue));
        return bytes.EndsWith(PngEnd) ? null : "truncated PNG: the file does not end with the IEND chunk";
    }

    private static string? ReadJpeg(ReadOnlySpan<byte> bytes, out XrayImageHeader header)
    {
        header = default;
        var i = 2;
        while (i + 4 <= bytes.Length)
        {
            if (bytes[i] != 0xFF)
            {
                return $"corrupt JPEG: expected a marker at byte {i}";
            }

            var marker = bytes[i + 1];
            if (marker == 0xFF)
            {
                i++; // fill byte
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                i += 2;
                continue;
            }

            if (marker is 0xD9 or 0xDA)
            {
                return "corrupt JPEG: no frame header (SOF) before the image data";
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(i + 2, 2));
            // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (i + 9 > bytes.Length)
                {
                    break;
                }

                var height = BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(i + 5, 2));
                var width = BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(i + 7, 2));
                header = new XrayImageHeader(XrayImageFormat.Jpeg, width, height);
                // A complete JPEG ends with EOI (FF D9); allow a little trailing padding after it.
                var tail = bytes[Math.Max(0, bytes.Length - 64)..];
                return tail.IndexOf([(byte)0xFF, (byte)0xD9]) >= 0 ? null : "truncated JPEG: no end-of-image marker";
            }

            i += 2 + length;
        }

        return "truncated JPEG: the file ends before the frame header (SOF)";
    }

    private static string? ReadTiff(ReadOnlySpan<byte> bytes, out XrayImageHeader header)
    {
        header = default;
        var little = bytes[0] == (byte)'I';
        uint U32(ReadOnlySpan<byte> b) => little ? BinaryPrimitives.ReadUInt32LittleEndian(b) : BinaryPrimitives.ReadUInt32BigEndian(b);
        ushort U16(ReadOnlySpan<byte> b) => little ? BinaryPrimitives.ReadUInt16LittleEndian(b) : BinaryPrimitives.ReadUInt16BigEndian(b);

        if (bytes.Length < 8)
        {
            return "truncated TIFF: no IFD offset";
        }

        var ifd = U32(bytes.Slice(4, 4));
        if (ifd < 8 || ifd + 2 > (ulong)bytes.Length)
        {
            return "truncated TIFF: the first IFD lies outside the file";
        }

        var count = U16(bytes.Slice((int)ifd, 2));
        if (ifd + 2 + (count * 12UL) > (ulong)bytes.Length)
        {
            return "truncated TIFF: the first IFD runs past the end of the file";
        }

        long width = -1, height = -1;
        // For the strip tables: value type, count, and where the entry's value field is in the file.
        (uint Type, uint Count, int ValueAt) offsets = default, sizes = default;
        for (var e = 0; e < count; e++)
        {
            var entry = bytes.Slice((int)ifd + 2 + (e * 12), 12);
            var tag = U16(entry);
            var type = U16(entry[2..]);
            var n = U32(entry[4..]);
            uint value = type == 3 ? U16(entry[8..]) : U32(entry[8..]);
            switch (tag)
            {
                case 256:
                    width = value;
                    break;
                case 257:
                    height = value;
                    break;
                case 273 or 324: // StripOffsets / TileOffsets
                    offsets = (type, n, (int)ifd + 2 + (e * 12) + 8);
                    break;
                case 279 or 325: // StripByteCounts / TileByteCounts
                    sizes = (type, n, (int)ifd + 2 + (e * 12) + 8);
                    break;
            }
        }

        if (width < 0 || height < 0)
        {
            return "corrupt TIFF: no ImageWidth or ImageLength tag";
        }

        header = new XrayImageHeader(XrayImageFormat.Tiff, (int)Math.Min(width, int.MaxValue), (int)Math.Min(height, int.MaxValue));
        if (offsets.Count == 0 || offsets.Count != sizes.Count)
        {
            return "corrupt TIFF: no strip or tile offsets";
        }

        // Every strip (or tile) must lie inside the file, else the file was cut short.
        for (var k = 0u; k < offsets.Count; k++)
        {
            if (!TryArrayValue(bytes, offsets, k, little, out var offset) || !TryArrayValue(bytes, sizes, k, little, out var size))
            {
                return "truncated TIFF: the strip table lies outside the file";
            }

            if (offset + size > (ulong)bytes.Length)
            {
                return "truncated TIFF: image data runs past the end of the file";
            }
        }

        return null;
    }

    private static bool TryArrayValue(ReadOnlySpan<byte> bytes, (uint Type, uint Count, int ValueAt) field, uint index, bool little, out ulong value)
    {
        var size = field.Type == 3 ? 2u : 4u;
        value = 0;
        // Up to four bytes of values sit in the entry itself; more sit at the offset the entry holds.
        ulong at;
        if (field.Count * size <= 4)
        {
            at = (ulong)field.ValueAt + (index * size);
        }
        else
        {
            var table = bytes.Slice(field.ValueAt, 4);
            at = (little ? BinaryPrimitives.ReadUInt32LittleEndian(table) : BinaryPrimitives.ReadUInt32BigEndian(table)) + ((ulong)index * size);
        }

        if (at + size > (ulong)bytes.Length)
        {
            return false;
        }

        var slice = bytes.Slice((int)at, (int)size);
        value = size == 2
            ? (little ? BinaryPrimitives.ReadUInt16LittleEndian(slice) : BinaryPrimitives.ReadUInt16BigEndian(slice))
            : (little ? BinaryPrimitives.ReadUInt32LittleEndian(slice) : BinaryPrimitives.ReadUInt32BigEndian(slice));
        return true;
    }
}
