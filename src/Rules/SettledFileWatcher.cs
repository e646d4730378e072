namespace Screening.Rules;

/// <summary>
/// Calls back once a watched file has settled after a change (editors and tools save in several
/// steps: truncate, write, rename). If the operating system's watcher fails (inotify overflow, folder
/// replaced) it is started again, the failure is reported, and the callback runs in case the lost
/// change was to this file. Used for the rule file and the state-of-alert board.
/// </summary>
/// <remarks>The callback runs on a timer thread, one at a time per watcher.</remarks>
public sealed class SettledFileWatcher : IDisposable
{
    private readonly string _path;
    private readonly TimeSpan _settle;
    private readonly TimeProvider _time;
    private readonly Action _changed;
    private readonly Action<Exception>? _restarted;
    private readonly object _gate = new();
    private FileSystemWatcher? _watcher;
    private ITimer? _pending;
    private bool _disposed;

    public SettledFileWatcher(string path, TimeSpan settle, TimeProvider time, Action changed, Action<Exception>? restarted = null)
    {
        _path = Path.GetFullPath(path);
        _settle = settle;
        _time = time;
        _changed = changed;
        _restarted = restarted;
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        Start();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _watcher?.Dispose();
            _watcher = null;
            _pending?.Dispose();
            _pending = null;
        }
    }

    private void Start()
    {
        var watcher = new FileSystemWatcher(Path.GetDirectoryName(_path)!, Path.GetFileName(_path))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Changed += (_, _) => Schedule();
        watcher.Created += (_, _) => Schedule();
        watcher.Renamed += (_, _) => Schedule();
        watcher.Error += (_, e) => Restart(e.GetException());
        watcher.EnableRaisingEvents = true;
        _watcher = watcher;
    }

    private void Restart(Exception problem)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _watcher?.Dispose();
            try
            {
                Start();
            }
            catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
            {
                problem = new AggregateException(problem, ex);
            }
        }

        _restarted?.Invoke(problem);
        Schedule();
    }

    private void Schedule()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _pending?.Dispose();
            _pending = _time.CreateTimer(_ => _changed(), null, _settle, Timeout.InfiniteTimeSpan);
        }
    }
}
