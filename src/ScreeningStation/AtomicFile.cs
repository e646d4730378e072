using System.Runtime.InteropServices;

namespace Screening.Station;

/// <summary>
/// Replaces a small file so that a reader (or a crash) sees the old file or the new one, never half:
/// written beside it, flushed to disk, renamed over it, and the folder flushed so the rename itself
/// survives a power cut.
/// </summary>
internal static class AtomicFile
{
    /// <summary>The name the new file is written under beside the old one (a crash can leave it behind).</summary>
    public const string Suffix = ".tmp";

    public static void Write(string path, Action<Stream> write, UnixFileMode? mode = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + Suffix;
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
        SyncDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    /// <summary>fsync a folder so a created or renamed name in it survives a power cut (Linux; elsewhere a no-op).</summary>
    public static void SyncDirectory(string directory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var fd = Native.open(directory, Native.O_RDONLY);
        if (fd < 0)
        {
            throw new IOException($"cannot open folder {directory} to sync it (errno {Marshal.GetLastPInvokeError()})");
        }

        try
        {
            if (Native.fsync(fd) != 0)
            {
                throw new IOException($"cannot sync folder {directory} (errno {Marshal.GetLastPInvokeError()})");
            }
        }
        finally
        {
            _ = Native.close(fd);
        }
    }

    // .NET refuses to open a folder as a file, so the folder fsync goes to libc directly. DllImport,
    // not LibraryImport: its generated code needs unsafe blocks, which this project does not allow.
    private static class Native
    {
        public const int O_RDONLY = 0;

#pragma warning disable SYSLIB1054 // LibraryImport needs AllowUnsafeBlocks
        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        public static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
        public static extern int fsync(int fd);

        [DllImport("libc", EntryPoint = "close", SetLastError = true)]
        public static extern int close(int fd);
#pragma warning restore SYSLIB1054
    }
}
