using System.Buffers.Binary;
using OpenCvSharp;
using Screening.Devices.Xray;

namespace Screening.Devices.Tests.Xray;

public sealed class XrayImageDecoderTests : IDisposable
{
    private readonly XrayImageDecoder _decoder = new();
    private readonly Mat _image;
    private readonly string _folder = Directory.CreateTempSubdirectory("xray-decoder-").FullName;

    public XrayImageDecoderTests()
    {
        using var bag = new SyntheticScanner(new SyntheticScannerOptions { Width = 320, Height = 240 }).Generate(42, XrayItems.Knife);
        _image = bag.Image.Clone();
    }

    public void Dispose()
    {
        _image.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private byte[] Encode(string ext)
    {
        Cv2.ImEncode(ext, _image, out var bytes);
        return bytes;
    }

    private string Refusal(byte[] bytes) => Assert.Throws<XrayFrameRefusedException>(() => _decoder.Decode(bytes, out _).Dispose()).Message;

    [Theory]
    [InlineData(".png", XrayImageFormat.Png)]
    [InlineData(".jpg", XrayImageFormat.Jpeg)]
    [InlineData(".tiff", XrayImageFormat.Tiff)]
    public void Png_jpeg_and_tiff_frames_decode_to_their_header_size(string ext, XrayImageFormat format)
    {
        using var decoded = _decoder.Decode(Encode(ext), out var header);

        Assert.Equal(new XrayImageHeader(format, 320, 240), header);
        Assert.Equal((320, 240, 3), (decoded.Width, decoded.Height, decoded.Channels()));
    }

    [Fact]
    public void Zero_byte_file_is_refused_as_empty() => Assert.Contains("empty file", Refusal([]));

    [Theory]
    [InlineData(".png", "truncated PNG")]
    [InlineData(".jpg", "truncated JPEG")]
    [InlineData(".tiff", "truncated TIFF")]
    public void Truncated_file_is_refused_as_truncated(string ext, string reason)
    {
        var bytes = Encode(ext);
        Assert.Contains(reason, Refusal(bytes[..(bytes.Length * 2 / 3)]));
    }

    [Fact]
    public void Png_cut_inside_its_header_is_refused() => Assert.Contains("no IHDR", Refusal(Encode(".png")[..20]));

    [Fact]
    public void Png_with_corrupt_image_data_is_refused_as_corrupt()
    {
        var bytes = Encode(".png");
        for (var i = 100; i < bytes.Length - 100; i += 37)
        {
            bytes[i] ^= 0x5A;
        }

        Assert.Contains("corrupt PNG", Refusal(bytes));
    }

    [Fact]
    public void Jpeg_with_garbage_after_its_markers_is_refused_as_corrupt()
    {
        byte[] bytes = [0xFF, 0xD8, 0x12, 0x34, 0x56, 0x78, 0xFF, 0xD9];
        Assert.Contains("corrupt JPEG", Refusal(bytes));
    }

    // A strip a pixel or a few pixels high holds no bag; the analyser could not even shrink it to
    // its working size. It is refused with its size, so the lane sends the bag to a hand search.
    [Theory]
    [InlineData(2048, 1)]
    [InlineData(1, 768)]
    [InlineData(63, 63)]
    public void Frame_narrower_than_64_pixels_a_side_is_refused_with_its_size(int width, int height)
    {
        using var strip = new Mat(height, width, MatType.CV_8UC3, Scalar.All(255));
        Cv2.ImEncode(".png", strip, out var png);

        var reason = Refusal(png);

        Assert.Contains($"{width} × {height}", reason);
        Assert.Contains("smallest frame", reason);
    }

    [Fact]
    public void Png_header_claiming_100000_by_100000_pixels_is_refused_before_decoding()
    {
        var bytes = Encode(".png");
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(16), 100_000);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(20), 100_000);

        var reason = Refusal(bytes);

        Assert.Contains("100000 × 100000", reason);
        Assert.Contains("above the limit", reason);
    }

    [Fact]
    public void Jpeg_header_claiming_65000_by_65000_pixels_is_refused_before_decoding()
    {
        var bytes = Encode(".jpg");
        var sof = FindSof(bytes);
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(sof + 5), 65_000);
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(sof + 7), 65_000);

        Assert.Contains("65000 × 65000", Refusal(bytes));
    }

    [Fact]
    public void Tiff_header_claiming_100000_by_100000_pixels_is_refused_before_decoding()
    {
        var bytes = Encode(".tiff");
        var little = bytes[0] == (byte)'I';
        var ifd = (int)(little ? BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4)) : BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(4)));
        var count = little ? BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(ifd)) : BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(ifd));
        for (var e = 0; e < count; e++)
        {
            var entry = ifd + 2 + (e * 12);
            var tag = little ? BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(entry)) : BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(entry));
            if (tag is 256 or 257)
            {
                // Rewrite as a LONG so 100,000 fits.
                if (little)
                {
                    BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(entry + 2), 4);
                    BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(entry + 8), 100_000);
                }
                else
                {
                    BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(entry + 2), 4);
                    BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(entry + 8), 100_000);
                }
            }
        }

        Assert.Contains("100000 × 100000", Refusal(bytes));
    }

    [Fact]
    public void File_larger_than_the_byte_limit_is_refused_without_decoding()
    {
        var decoder = new XrayImageDecoder(new XrayFrameLimits { MaxBytes = 1000 });
        var path = Path.Combine(_folder, "big.png");
        File.WriteAllBytes(path, Encode(".png"));

        var reason = Assert.Throws<XrayFrameRefusedException>(() => decoder.DecodeFile(path, out _).Dispose()).Message;

        Assert.Contains("above the limit of 1000 bytes", reason);
    }

    [Fact]
    public void Png_named_jpg_is_decoded_as_the_png_it_is()
    {
        var path = Path.Combine(_folder, "bag.jpg");
        File.WriteAllBytes(path, Encode(".png"));

        using var decoded = _decoder.DecodeFile(path, out var header);

        Assert.Equal(XrayImageFormat.Png, header.Format);
        Assert.Equal(320, decoded.Width);
    }

    [Fact]
    public void Text_file_named_png_is_refused_as_not_an_image()
    {
        var path = Path.Combine(_folder, "bag.png");
        File.WriteAllText(path, "this is not an image");

        var reason = Assert.Throws<XrayFrameRefusedException>(() => _decoder.DecodeFile(path, out _).Dispose()).Message;

        Assert.Contains("not a PNG, JPEG or TIFF image", reason);
    }

    private static int FindSof(byte[] bytes)
    {
        for (var i = 2; i < bytes.Length - 1; i++)
        {
            if (bytes[i] == 0xFF && bytes[i + 1] is 0xC0 or 0xC2)
            {
                return i;
            }
        }

        throw new InvalidOperationException("no SOF");
    }
}
