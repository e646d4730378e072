using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Screening.Station.SearchLog;

/// <summary>What verification found of a kept image.</summary>
public enum ImageState
{
    /// <summary>The file exists and its SHA-256 is its name.</summary>
    Intact,
    Missing,
    /// <summary>The file exists but its bytes no longer hash to its name.</summary>
    Altered,
}

/// <summary>
/// Images kept by content beside the search log: <c>&lt;data&gt;/images/&lt;first two hex&gt;/&lt;64 hex&gt;&lt;ext&gt;</c>,
/// named by the SHA-256 of their bytes. A record refers to an image by "sha256:&lt;hex&gt;".
/// </summary>
/// <remarks>
/// Keep an image before appending the record that refers to it: <see cref="Put"/> returns only
/// once the file and its name are on disk (temp file, fsync, rename, fsync of the folder), so a
/// durable record never points to an image a power cut lost. The same bytes are kept once.
/// Thread-safe: concurrent puts of the same bytes race only to a rename, and the loser's temp file is deleted.
/// </remarks>
public sealed partial class ImageStore
{
    public const string FolderName = "images";

    public ImageStore(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        Root = Path.Combine(Path.GetFullPath(dataDirectory), FolderName);
    }

    /// <summary>&lt;data&gt;/images</summary>
    public string Root { get; }

    /// <summary>
    /// Keeps <paramref name="image"/> and returns its hash ("sha256:&lt;hex&gt;"). <paramref name="extension"/>
    /// (".png", ".tiff", or empty) only names the file; an image already kept under any extension is not written again.
    /// </summary>
    public string Put(ReadOnlySpan<byte> image, string extension = "")
    {
        ArgumentNullException.ThrowIfNull(extension);
        extension = extension.ToLowerInvariant();
        if (extension.Length > 0 && !ExtensionPattern().IsMatch(extension))
        {
            throw new ArgumentException($"'{extension}' is not a file extension like .png", nameof(extension));
        }

        var hash = RecordHash.HashOf(image);
        if (Find(hash) is not null)
        {
            return hash;
        }

        var hex = hash[RecordHash.Prefix.Length..];
        var folder = Path.Combine(Root, hex[..2]);
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            AtomicFile.SyncDirectory(Root);
            AtomicFile.SyncDirectory(Path.GetDirectoryName(Root)!);
        }

        var target = Path.Combine(folder, hex + extension);
        var temp = Path.Combine(folder, $".{hex}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(image);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another thread kept the same bytes first: one file, as intended.
        }
        finally
        {
            File.Delete(temp);
        }

        AtomicFile.SyncDirectory(folder);
        return hash;
    }

    /// <summary>Keeps the bytes of a file (its extension names the kept file).</summary>
    public string PutFile(string path) => Put(File.ReadAllBytes(path), Path.GetExtension(path));

    /// <summary>The path of the kept image with this hash, or null.</summary>
    public string? Find(string hash)
    {
        if (!RecordHash.IsHash(hash))
        {
            return null;
        }

        var hex = hash[RecordHash.Prefix.Length..];
        var folder = Path.Combine(Root, hex[..2]);
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var bare = Path.Combine(folder, hex);
        if (File.Exists(bare))
        {
            return bare;
        }

        foreach (var file in Directory.EnumerateFiles(folder, hex + ".*"))
        {
            if (ExtensionPattern().IsMatch(Path.GetFileName(file).AsSpan(hex.Length).ToString()))
            {
                return file;
            }
        }

        return null;
    }

    /// <summary>Whether the image with this hash is kept and unchanged (reads and hashes the whole file).</summary>
    public ImageState Check(string hash)
    {
        if (Find(hash) is not { } path)
        {
            return ImageState.Missing;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var actual = RecordHash.Prefix + Convert.ToHexStringLower(SHA256.HashData(stream));
        return actual == hash ? ImageState.Intact : ImageState.Altered;
    }

    [GeneratedRegex("^\\.[a-z0-9]{1,8}$")]
    private static partial Regex ExtensionPattern();
}
