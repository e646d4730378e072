using Screening.Rules.RuleFile;

namespace Screening.Rules;

/// <summary>
/// The rule set in force for a lane, loaded from a file (or the built-in default) and reloaded
/// when the file changes. A changed file that fails validation is refused and the last good rule
/// set stays in force; a file that fails at start-up stops the caller instead (nothing good yet).
/// </summary>
/// <remarks>
/// <see cref="Current"/> is read by the lane on any thread and replaced by the watcher's timer
/// thread; the reference swap is atomic, so a decision uses one whole rule set, never a mix.
/// </remarks>
public sealed class RuleSetFile : IDisposable
{
    // Editors save in several steps (truncate, write, rename); wait for the burst to settle.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(250);

    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private readonly object _reloadGate = new();
    private SettledFileWatcher? _watcher;
    private volatile RuleSet _current;

    /// <param name="path">The rule file, or null for the built-in default (which never changes).</param>
    /// <param name="time">Clock for the settle delay.</param>
    /// <exception cref="RuleFileException">The file cannot be read or is not a valid rule file.</exception>
    public RuleSetFile(string? path, TimeProvider time)
    {
        Path = path is null ? null : System.IO.Path.GetFullPath(path);
        _time = time;
        _current = Path is null ? RuleSet.LoadDefault() : RuleSet.Load(Path);
    }

    /// <summary>Raised on the watcher's thread after a new rule set has replaced the old one.</summary>
    public event EventHandler<RuleSetReloadedEventArgs>? Reloaded;

    /// <summary>Raised when a changed file was refused; the previous rule set is still in force.</summary>
    public event EventHandler<RuleSetRefusedEventArgs>? Refused;

    public string? Path { get; }

    public RuleSet Current => _current;

    /// <summary>Starts watching the file for changes. Does nothing for the built-in default.</summary>
    public void Watch()
    {
        lock (_gate)
        {
            if (Path is null || _watcher is not null)
            {
                return;
            }

            _watcher = new SettledFileWatcher(Path, Settle, _time, () => Reload(), problem => WatchRestarted?.Invoke(this, new ErrorEventArgs(problem)));
        }
    }

    /// <summary>Raised when the watcher failed (inotify overflow, folder replaced) and was started again.</summary>
    public event EventHandler<ErrorEventArgs>? WatchRestarted;

    /// <summary>
    /// Loads the file now. Returns true if a different, valid rule set is now in force; false if
    /// the file is unchanged or was refused (see <see cref="Refused"/>).
    /// </summary>
    public bool Reload()
    {
        if (Path is null)
        {
            return false;
        }

        // One reload at a time, so a slow older read can never replace a newer rule set.
        lock (_reloadGate)
        {
            return ReloadLocked(Path);
        }
    }

    private bool ReloadLocked(string path)
    {
        RuleSet next;
        try
        {
            next = RuleSet.Load(path);
        }
        catch (RuleFileException ex)
        {
            Refused?.Invoke(this, new RuleSetRefusedEventArgs(_current, ex));
            return false;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Whatever the file does to the parser, the lane keeps its last good rules and this runs on a
            // timer thread where an escaping exception would end the process.
            var refused = new RuleFileException([new RuleFileError(path, 0, $"cannot load: {ex.Message}")]);
            Refused?.Invoke(this, new RuleSetRefusedEventArgs(_current, refused));
            return false;
        }

        var previous = _current;
        if (next.Hash == previous.Hash)
        {
            return false;
        }

        _current = next;
        Reloaded?.Invoke(this, new RuleSetReloadedEventArgs(previous, next));
        return true;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _watcher?.Dispose();
            _watcher = null;
        }
    }
}

public sealed class RuleSetReloadedEventArgs(RuleSet previous, RuleSet current) : EventArgs
{
    public RuleSet Previous { get; } = previous;

    public RuleSet Current { get; } = current;
}

public sealed class RuleSetRefusedEventArgs(RuleSet stillInForce, RuleFileException problem) : EventArgs
{
    public RuleSet StillInForce { get; } = stillInForce;

    public RuleFileException Problem { get; } = problem;
}
