using System.Security.Cryptography;

namespace Screening.Devices.Xray;

/// <summary>
/// Original x-ray frames kept by content: <c>ROOT/ab/abcdef….png</c>, named by the SHA-256 of the
/// file's bytes, so the search log can name an image by hash and a tampered file shows.
/// </summary>
/// <remarks>Writes go to a temporary file and are renamed into place, so a crash never leaves a
/// half-written image under a hash name. Any thread may store; storing the same bytes twice keeps one copy.</remarks>
public sealed class XrayImageStore(string root)
{
    public string Root { get; } = root;

    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string ExtensionOf(XrayImageFormat format) => format switch
    {
        XrayImageFormat.Png => ".png",
        XrayImageFormat.Jpeg => ".jpg",
        XrayImageFormat.Tiff => ".tif",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>Where an image with this hash and format is (or would be) kept.</summary>
    public string PathOf(string hash, XrayImageFormat format) => Path.Combine(Root, hash[..2], hash + ExtensionOf(format));

    /// <summary>Keeps the bytes; returns the path they are kept at.</summary>
    public string Store(ReadOnlySpan<byte> bytes, XrayImageFormat format, string hash)
    {
        var path = PathOf(hash, format);
        if (File.Exists(path))
        {
            return path;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        {
            file.Write(bytes);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
