namespace Screening.Station;

/// <summary>
/// Replaces a small file so that a reader (or a crash) sees the old file or the new one, never half:
/// written beside it, flushed to disk, then renamed over it.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write, UnixFileMode? mode = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            write(file);
            file.Flush(flushToDisk: true);
        }

        if (mode is { } unixMode && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, unixMode);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
