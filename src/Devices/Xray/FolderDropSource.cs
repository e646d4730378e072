using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Screening.Devices.Xray;

/// <summary>Something that happened to an x-ray frame file.</summary>
public abstract record XrayFrameEvent(DateTimeOffset At, string SourcePath);

/// <summary>A frame was taken: its original is kept in the image store under its content hash.</summary>
public sealed record XrayFrameReceived(DateTimeOffset At, string SourcePath, string ContentHash, string StoredPath, XrayImageHeader Header)
    : XrayFrameEvent(At, SourcePath);

/// <summary>
/// A frame could not be used (empty, truncated, corrupt, not an image, too large). The lane must
/// treat the bag as not cleared by image: it requires a BagHandSearch.
/// </summary>
public sealed record XrayFrameRefused(DateTimeOffset At, string SourcePath, string Reason) : XrayFrameEvent(At, SourcePath);

/// <summary>Options of the <see cref="FolderDropSource"/> (configuration section <c>Xray:FolderDrop</c>).</summary>
public sealed record FolderDropOptions
{
    /// <summary>The folder (or mounted share) the scanner exports each bag image to.</summary>
    public required string Folder { get; init; }

    /// <summary>The image store root, normally <c>DATA/images</c>.</summary>
    public required string ImageStore { get; init; }

    /// <summary>A file is taken only once its size and modification time have not changed for this long.</summary>
    public TimeSpan SettleInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Rescan of the folder as a backstop to the watcher (events can be lost, shares send none).</summary>
    public TimeSpan RescanInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Frame events waiting for the lane; when full, taking waits (nothing is dropped here).</summary>
    public int ChannelCapacity { get; init; } = 64;

    public XrayFrameLimits Limits { get; init; } = new();
}

/// <summary>
/// Watches a drop folder for PNG, TIFF and JPEG frames, takes each file once it is completely
/// written, keeps the original in the <see cref="XrayImageStore"/> by content hash, and publishes a
/// <see cref="XrayFrameReceived"/> or <see cref="XrayFrameRefused"/> event on <see cref="Frames"/>.
/// </summary>
/// <remarks>
/// <para>Complete means: size and modification time unchanged for <see cref="FolderDropOptions.SettleInterval"/>
/// (measured on the injected <see cref="TimeProvider"/>), and the file can be opened. A taken file is
/// removed from the drop folder (its original is in the store), a refused one is moved to
/// <c>refused/</c> beside it, so each file is taken exactly once, across restarts too. Files with
/// other names are left alone and logged once.</para>
/// <para>Threads: the watcher's callbacks only signal; all scanning runs on the one loop in
/// <see cref="RunAsync"/> (or on the caller of <see cref="ScanAsync"/> in tests), never both at once.
/// The channel is bounded and written with waits: only the lane may shed frames, and it logs each.</para>
/// </remarks>
public sealed partial class FolderDropSource(FolderDropOptions options, TimeProvider time, ILogger<FolderDropSource> logger) : IDisposable
{
    private static readonly string[] Extensions = [".png", ".tif", ".tiff", ".jpg", ".jpeg"];

    private readonly Channel<XrayFrameEvent> _frames = Channel.CreateBounded<XrayFrameEvent>(
        new BoundedChannelOptions(options.ChannelCapacity) { SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly XrayImageDecoder _decoder = new(options.Limits);
    private readonly XrayImageStore _store = new(options.ImageStore);

    // Scan state, touched only by the scanning thread: each candidate's last seen size and time,
    // and when (timestamp) it was first seen so.
    private readonly Dictionary<string, (long Length, DateTime Modified, long Since)> _candidates = [];
    private readonly HashSet<string> _ignored = [];
    private readonly SemaphoreSlim _changed = new(0);

    public FolderDropOptions Options { get; } = options;

    public ChannelReader<XrayFrameEvent> Frames => _frames.Reader;

    /// <summary>Watches and rescans until cancelled; then completes <see cref="Frames"/>.</summary>
    public async Task RunAsync(CancellationToken cancel)
    {
        Directory.CreateDirectory(Options.Folder);
        using var watcher = new FileSystemWatcher(Options.Folder) { IncludeSubdirectories = false };
        watcher.Created += (_, _) => Signal();
        watcher.Changed += (_, _) => Signal();
        watcher.Renamed += (_, _) => Signal();
        watcher.Error += (_, e) => LogWatcherFailed(e.GetException());
        watcher.EnableRaisingEvents = true;
        LogWatching(Options.Folder, Options.ImageStore);
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                await ScanAsync(cancel).ConfigureAwait(false);
                // Come back soon while something is settling, else at the rescan interval or on a change.
                var wait = _candidates.Count > 0 ? Min(Options.SettleInterval / 2, Options.RescanInterval) : Options.RescanInterval;
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                timeout.CancelAfter(wait);
                try
                {
                    await _changed.WaitAsync(Timeout.InfiniteTimeSpan, timeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
                {
                    // Rescan time.
                }
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
        }
        finally
        {
            _frames.Writer.TryComplete();
        }
    }

    /// <summary>One pass over the folder: takes every file that has settled. Not to be called concurrently.</summary>
    public async Task ScanAsync(CancellationToken cancel = default)
    {
        var now = time.GetTimestamp();
        var seen = new HashSet<string>();
        foreach (var path in Directory.EnumerateFiles(Options.Folder))
        {
            if (!Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            {
                if (_ignored.Add(path) && !path.EndsWith(".part", StringComparison.OrdinalIgnoreCase))
                {
                    LogIgnored(path);
                }

                continue;
            }

            seen.Add(path);
            FileInfo info;
            try
            {
                info = new FileInfo(path);
                if (!info.Exists)
                {
                    continue;
                }
            }
            catch (IOException)
            {
                continue;
            }

            var state = (info.Length, info.LastWriteTimeUtc);
            if (!_candidates.TryGetValue(path, out var known) || (known.Length, known.Modified) != state)
            {
                _candidates[path] = (state.Length, state.LastWriteTimeUtc, now);
                continue;
            }

            if (time.GetElapsedTime(known.Since, now) < Options.SettleInterval)
            {
                continue;
            }

            if (await TakeAsync(path, info.Length, cancel).ConfigureAwait(false))
            {
                _candidates.Remove(path);
            }
        }

        // Forget files that went away before they settled.
        foreach (var gone in _candidates.Keys.Where(p => !seen.Contains(p)).ToList())
        {
            _candidates.Remove(gone);
        }
    }

    /// <summary>Takes a settled file; false when it cannot be opened yet (still held by its writer).</summary>
    private async Task<bool> TakeAsync(string path, long length, CancellationToken cancel)
    {
        byte[] bytes;
        try
        {
            if (length > Options.Limits.MaxBytes)
            {
                await RefuseAsync(path, $"file is {length} bytes, above the limit of {Options.Limits.MaxBytes} bytes", cancel).ConfigureAwait(false);
                return true;
            }

            // Exclusive open: fails while a writer (that locks) still has the file.
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            bytes = new byte[file.Length];
            file.ReadExactly(bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogNotReadableYet(path, ex.Message);
            return false;
        }

        XrayImageHeader header;
        try
        {
            _decoder.Decode(bytes, out header).Dispose();
        }
        catch (XrayFrameRefusedException ex)
        {
            await RefuseAsync(path, ex.Message, cancel).ConfigureAwait(false);
            return true;
        }

        var hash = XrayImageStore.HashOf(bytes);
        string stored;
        try
        {
            stored = _store.Store(bytes, header.Format, hash);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The frame cannot be kept as evidence: refuse it rather than let it decide anything.
            await RefuseAsync(path, $"cannot keep the image in the store: {ex.Message}", cancel).ConfigureAwait(false);
            return true;
        }

        Remove(path);
        LogTaken(path, header.Format, header.Width, header.Height, hash);
        await _frames.Writer.WriteAsync(new XrayFrameReceived(time.GetUtcNow(), path, hash, stored, header), cancel).ConfigureAwait(false);
        return true;
    }

    private async Task RefuseAsync(string path, string reason, CancellationToken cancel)
    {
        var refusedFolder = Path.Combine(Options.Folder, "refused");
        try
        {
            Directory.CreateDirectory(refusedFolder);
            File.Move(path, Path.Combine(refusedFolder, $"{time.GetUtcNow():yyyyMMddTHHmmssfff}-{Path.GetFileName(path)}"), overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogNotMoved(path, refusedFolder, ex.Message);
        }

        LogRefused(path, reason);
        await _frames.Writer.WriteAsync(new XrayFrameRefused(time.GetUtcNow(), path, reason), cancel).ConfigureAwait(false);
    }

    private void Remove(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Kept in the store already; remember it so it is not taken again while we run.
            _ignored.Add(path);
            LogNotRemoved(path, ex.Message);
        }
    }

    private void Signal()
    {
        if (_changed.CurrentCount == 0)
        {
            _changed.Release();
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    public void Dispose() => _changed.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching x-ray drop folder {Folder}; images kept in {ImageStore}")]
    private partial void LogWatching(string folder, string imageStore);

    [LoggerMessage(Level = LogLevel.Warning, Message = "X-ray drop folder watcher failed; the periodic rescan carries on")]
    private partial void LogWatcherFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "X-ray drop folder: {Path} ignored: not a .png, .tif, .tiff, .jpg or .jpeg file name")]
    private partial void LogIgnored(string path);

    [LoggerMessage(Level = LogLevel.Debug, Message = "X-ray frame {Path} not readable yet: {Problem}")]
    private partial void LogNotReadableYet(string path, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "X-ray frame {Path} taken: {Format} {Width}x{Height}, kept as {ContentHash}")]
    private partial void LogTaken(string path, XrayImageFormat format, int width, int height, string contentHash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "X-ray frame {Path} refused: {Reason}; the bag needs a hand search")]
    private partial void LogRefused(string path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "X-ray frame {Path} could not be moved to {RefusedFolder}: {Problem}")]
    private partial void LogNotMoved(string path, string refusedFolder, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "X-ray frame {Path} taken but could not be removed from the drop folder: {Problem}")]
    private partial void LogNotRemoved(string path, string problem);
}
